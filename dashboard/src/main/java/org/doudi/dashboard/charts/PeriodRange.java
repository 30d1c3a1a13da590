package org.doudi.dashboard.charts;

import org.doudi.warehouse.dictionary.Period;

/**
 * The months a page or chart covers: one month, or the campaign to date (全周期) from the campaign's
 * first month to the latest month with data.
 *
 * @param from the first month
 * @param to the last month
 * @param campaign whether this is the campaign to date rather than one month
 */
public record PeriodRange(Period from, Period to, boolean campaign) {

  /** The request value that selects the campaign to date. */
  public static final String CAMPAIGN = "all";

  /** Returns the range of one month. */
  public static PeriodRange month(Period period) {
    return new PeriodRange(period, period, false);
  }

  /** Returns the range a change is measured against: the month before, or to date one month ago. */
  public PeriodRange previous() {
    return campaign ? new PeriodRange(from, to.previous(), true) : month(to.previous());
  }

  /** Returns the value that selects this range in a request: {@code 2024-12} or {@code all}. */
  public String key() {
    return campaign ? CAMPAIGN : to.toString();
  }

  /** Returns the range as shown to people: 2024年12月, or 全周期（2024年11月至2024年12月）. */
  public String label() {
    return campaign ? "全周期（" + from.label() + "至" + to.label() + "）" : to.label();
  }

  /** Returns what a change is measured against, as shown to people. */
  public String previousLabel() {
    return campaign ? "较截至" + to.previous().label() : "较" + to.previous().label();
  }
}
