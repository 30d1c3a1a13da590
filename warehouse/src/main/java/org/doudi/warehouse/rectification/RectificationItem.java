package org.doudi.warehouse.rectification;

import java.time.LocalDate;

/**
 * One item of the problem list as the view {@code rectification_item} shows it.
 *
 * @param itemNo the product's item number
 * @param streetCode the street, null for the district's own
 * @param streetName the street's name (区级 for the district)
 * @param rowNo 序号 in the street's ledger
 * @param source 问题来源
 * @param problemType 问题类型
 * @param description 问题描述
 * @param department 责任部门
 * @param responsible 责任人
 * @param measures 整改措施
 * @param dueDate 整改时限
 * @param result 整改成效
 * @param status 整改状态 as the street reports it
 * @param closedDate 销号日期
 * @param review the work team's answer to a 销号 (待审核/已确认/退回), null before one
 * @param reviewReason why a 销号 was returned
 * @param sourceKind where the item came from
 * @param sourceRef the finding number, case number or clue reference
 */
public record RectificationItem(
    long itemNo,
    String streetCode,
    String streetName,
    int rowNo,
    String source,
    String problemType,
    String description,
    String department,
    String responsible,
    String measures,
    LocalDate dueDate,
    String result,
    String status,
    LocalDate closedDate,
    String review,
    String reviewReason,
    String sourceKind,
    String sourceRef) {}
