package org.doudi.warehouse.dictionary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: one calendar month, written {@code YYYY-MM} in every table and view.
 *
 * @param month the month
 */
public record Period(YearMonth month) implements Comparable<Period> {

  private static final Pattern FORM =
      Pattern.compile("\\s*(\\d{4})\\s*(?:[-/.年]\\s*)?(\\d{1,2})\\s*月?(?:份)?\\s*");

  /** Returns the period of a month. */
  public static Period of(int year, int month) {
    return new Period(YearMonth.of(year, month));
  }

  /** Returns the period a date falls in. */
  public static Period of(LocalDate date) {
    return new Period(YearMonth.from(date));
  }

  /**
   * Reads a period as streets write it: {@code 2024-12}, {@code 2024/12}, {@code 2024年12月}, {@code
   * 202412}; empty when the text is not one (full-width digits are folded first).
   */
  public static Optional<Period> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = FORM.matcher(Labels.foldWidth(text));
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int month = Integer.parseInt(matcher.group(2));
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    return Optional.of(of(Integer.parseInt(matcher.group(1)), month));
  }

  /** Reads a period written {@code YYYY-MM} (or as {@link #parse} accepts), or throws. */
  public static Period require(String text) {
    return parse(text)
        .orElseThrow(
            () -> new IllegalArgumentException("“" + text + "”不是统计期，应写作 2024-12 或 2024年12月"));
  }

  /** Returns the previous month. */
  public Period previous() {
    return new Period(month.minusMonths(1));
  }

  /** Returns the next month. */
  public Period next() {
    return new Period(month.plusMonths(1));
  }

  /** Returns the first day of the month. */
  public LocalDate firstDay() {
    return month.atDay(1);
  }

  /** Returns the last day of the month. */
  public LocalDate lastDay() {
    return month.atEndOfMonth();
  }

  /** Returns the period as shown to people: {@code 2024年12月}. */
  public String label() {
    return month.getYear() + "年" + month.getMonthValue() + "月";
  }

  /** Returns the period as stored: {@code 2024-12}. */
  @Override
  public String toString() {
    return month.toString();
  }

  @Override
  public int compareTo(Period other) {
    return month.compareTo(other.month);
  }
}
