package org.doudi.warehouse.calendar;

import java.time.LocalDate;
import org.doudi.warehouse.dictionary.Period;

/**
 * One row of the {@code period_status} view: a period's due date, how many streets have reported
 * and whether its forms are complete (every street reported, or the deadline passed).
 *
 * @param period the period
 * @param dueDate the day its forms are due
 * @param streetsReported streets with a form in {@code street_report}
 * @param streetsTotal the district's streets
 * @param complete whether every street reported or the deadline has passed
 */
public record PeriodStatus(
    Period period, LocalDate dueDate, int streetsReported, int streetsTotal, boolean complete) {

  /** Returns how far filing is, as pages say it: 已报送 3/10 街镇. */
  public String progress() {
    return "已报送 " + streetsReported + "/" + streetsTotal + " 街镇";
  }

  /** Returns the note for a period still being filed, e.g. 报送中（已报送 3/10 街镇，截止 2026年12月25日）. */
  public String fillingNote() {
    return "报送中（"
        + progress()
        + "，截止 "
        + dueDate.getYear()
        + "年"
        + dueDate.getMonthValue()
        + "月"
        + dueDate.getDayOfMonth()
        + "日）";
  }
}
