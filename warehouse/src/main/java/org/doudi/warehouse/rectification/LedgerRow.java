package org.doudi.warehouse.rectification;

import java.time.LocalDate;

/**
 * One row of a street's 问题整改台账, as parsed.
 *
 * @param line the row's number in the file
 * @param rowNo 序号
 * @param itemNo the product's item number where the file carries it (a ledger exported from the
 *     product), else null
 * @param source 问题来源: 核查发现/信访举报/自查自纠/上级交办
 * @param problemType 问题类型
 * @param description 问题描述
 * @param department 责任部门
 * @param responsible 责任人
 * @param measures 整改措施
 * @param dueDate 整改时限
 * @param result 整改成效
 * @param status 整改状态: 整改中/已整改/已销号
 * @param closedDate 销号日期
 */
public record LedgerRow(
    int line,
    Integer rowNo,
    Long itemNo,
    String source,
    String problemType,
    String description,
    String department,
    String responsible,
    String measures,
    LocalDate dueDate,
    String result,
    String status,
    LocalDate closedDate) {}
