package org.doudi.dashboard.web;

import java.math.BigDecimal;
import java.util.Locale;

/** Writes a reported figure as the pages show it: 千分位, whole or with two decimals, — for none. */
public final class FigureText {

  private FigureText() {}

  /** Returns 1,234 or 1,234.50, or — when there is no figure. */
  public static String of(BigDecimal value) {
    if (value == null) {
      return "—";
    }
    boolean whole = value.stripTrailingZeros().scale() <= 0;
    return String.format(Locale.ROOT, whole ? "%,.0f" : "%,.2f", value);
  }
}
