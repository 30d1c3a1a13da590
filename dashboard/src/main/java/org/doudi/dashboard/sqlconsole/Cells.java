package org.doudi.dashboard.sqlconsole;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Turns result values into the text people read, and keeps spreadsheet cells from being formulas.
 */
final class Cells {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private Cells() {}

  /** Returns a value as text: numbers plainly, times in Asia/Shanghai, null as empty. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof OffsetDateTime time) {
      return time.atZoneSameInstant(SHANGHAI).format(TIMESTAMP);
    }
    if (value instanceof java.sql.Timestamp time) {
      return time.toLocalDateTime().format(TIMESTAMP);
    }
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    return value.toString();
  }

  /**
   * Returns text that a spreadsheet will not take for a formula: a leading {@code = + - @}, tab or
   * carriage return gets a {@code '} in front (OWASP's CSV injection advice).
   */
  static String defused(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  /** Returns a CSV field, quoted when it holds a comma, quote or line break. */
  static String csv(String text) {
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
