package org.doudi.dashboard.sqlconsole;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** Turns result values into the text people read. */
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
}
