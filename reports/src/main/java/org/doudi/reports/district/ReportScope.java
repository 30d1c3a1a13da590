package org.doudi.reports.district;

import org.doudi.warehouse.dictionary.Period;

/**
 * The months a report covers: one reporting period, or the campaign to date (全周期) from its first
 * month through the latest.
 *
 * @param from the first month covered
 * @param to the last month covered
 * @param campaign whether this is the campaign to date rather than one month
 */
public record ReportScope(Period from, Period to, boolean campaign) {

  /** The word the command line, URLs and schedules use for the campaign to date. */
  public static final String CAMPAIGN = "campaign";

  /** Returns the scope of one month. */
  public static ReportScope month(Period period) {
    return new ReportScope(period, period, false);
  }

  /** Returns the scope as people read it: 2024年12月, or 全周期（2024年11月—2025年2月）. */
  public String label() {
    if (!campaign) {
      return to.label();
    }
    return from.equals(to)
        ? "全周期（" + to.label() + "）"
        : "全周期（" + from.label() + "—" + to.label() + "）";
  }

  /** Returns the scope as a key: {@code 2024-12}, or {@code campaign}. */
  public String key() {
    return campaign ? CAMPAIGN : to.toString();
  }
}
