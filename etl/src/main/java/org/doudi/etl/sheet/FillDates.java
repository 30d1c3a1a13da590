package org.doudi.etl.sheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.doudi.warehouse.dictionary.Labels;

/**
 * Reads 填报日期 as streets write it: 2025-02-26, 2025/02/26, 2025年2月26日, 2025.2.26, or a date cell.
 */
public final class FillDates {

  private static final Pattern DATE =
      Pattern.compile(
          "\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(\\s+.*)?");

  private FillDates() {}

  /** Returns the date a cell holds, empty when it holds none that can be told. */
  public static Optional<LocalDate> parse(SheetCell cell) {
    if (cell.date() != null) {
      return Optional.of(cell.date());
    }
    if (cell.number() != null) {
      double serial = cell.number();
      if (serial > 20000 && serial < 80000) {
        return Optional.of(DateUtil.getLocalDateTime(serial).toLocalDate());
      }
      String digits = cell.text();
      if (digits.matches("\\d{8}")) {
        return of(digits.substring(0, 4), digits.substring(4, 6), digits.substring(6, 8));
      }
      return Optional.empty();
    }
    String text = Labels.foldWidth(cell.text());
    Matcher matcher = DATE.matcher(text);
    if (matcher.matches()) {
      return of(matcher.group(1), matcher.group(2), matcher.group(3));
    }
    if (text.strip().matches("\\d{8}")) {
      String d = text.strip();
      return of(d.substring(0, 4), d.substring(4, 6), d.substring(6, 8));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> of(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
