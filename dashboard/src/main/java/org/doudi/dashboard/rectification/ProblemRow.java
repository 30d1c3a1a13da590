package org.doudi.dashboard.rectification;

import java.time.LocalDate;

/**
 * One row of the problem list as the pages, the JSON and the ledger export show it, its free text
 * already masked ({@link org.doudi.warehouse.personal.PersonalDataKeys#maskText}).
 *
 * @param itemNo 整改编号, the product's number for the item
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
 * @param review the work team's answer to a 销号, null before one
 * @param reviewReason why a 销号 was returned
 * @param overdue past the due date and not closed
 * @param daysOverdue days past the due date, 0 when not overdue
 * @param sourceKind file/manual/finding/complaint/clue
 * @param sourceRef the finding number, case number or clue reference
 * @param evidenceFiles how many evidence files the item has
 */
public record ProblemRow(
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
    boolean overdue,
    int daysOverdue,
    String sourceKind,
    String sourceRef,
    int evidenceFiles) {

  /** Returns the state in the words of the ledger: 整改中, 已整改（销号被退回）, 已销号（待审核）... */
  public String statusLabel() {
    return RectificationLabels.status(status, review);
  }

  /** Returns where the item came from, in words. */
  public String sourceKindLabel() {
    return RectificationLabels.sourceKind(sourceKind);
  }
}
