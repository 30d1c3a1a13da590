package org.doudi.dashboard.street;

import java.util.List;

/**
 * One month of a street: the figures of its current form beside those it reported to discipline
 * inspection.
 *
 * @param period the month, YYYY-MM
 * @param version the current form's version; null when there is no form
 * @param fillDate the current form's 填报日期, as text; null when unknown
 * @param cells the 15 figures in printed order
 */
public record StreetMonth(String period, Integer version, String fillDate, List<Cell> cells) {

  /**
   * One figure.
   *
   * @param value the form's value with 千分位, or — without a form
   * @param discipline the discipline figure with 千分位, or — without one
   * @param differs whether both exist and differ
   */
  public record Cell(String value, String discipline, boolean differs) {}
}
