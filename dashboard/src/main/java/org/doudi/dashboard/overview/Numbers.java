package org.doudi.dashboard.overview;

import java.math.BigDecimal;
import java.util.Locale;

/** Writes numbers as the bureau reads them: 千分位, yuan with two decimals, signed changes. */
final class Numbers {

  private Numbers() {}

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  static String yuan(BigDecimal value) {
    return String.format(Locale.ROOT, "%,.2f", value);
  }

  /** Returns a change with its unit, e.g. +12人 or −3人, or 持平 when there is none. */
  static String change(long value, String unit) {
    return value > 0 ? "+" + count(value) + unit : value < 0 ? "−" + count(-value) + unit : "持平";
  }

  /** Returns a change in yuan, e.g. +1,200.00元, or 持平. */
  static String changeYuan(BigDecimal value) {
    int sign = value.signum();
    return sign > 0 ? "+" + yuan(value) + "元" : sign < 0 ? "−" + yuan(value.negate()) + "元" : "持平";
  }

  static String signedPoints(double points) {
    String text = String.format(Locale.ROOT, "%.1f个百分点", Math.abs(points));
    return points > 0.05 ? "+" + text : points < -0.05 ? "−" + text : "持平";
  }

  static String percent(long part, long total) {
    return total == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / total);
  }

  static String trend(int comparison) {
    return comparison > 0 ? "up" : comparison < 0 ? "down" : "flat";
  }
}
