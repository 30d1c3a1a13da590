package org.doudi.dashboard.findings;

import java.math.BigDecimal;
import java.util.List;
import org.doudi.dashboard.web.SpreadsheetText;

/** Writes CSV as RFC 4180 says: a field with a comma, quote or line break is quoted. */
final class Csv {

  private Csv() {}

  /** Returns one CSV line (without its line break) of the given fields; null is empty. */
  static String line(List<?> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(fields.get(i)));
    }
    return line.toString();
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    String text =
        value instanceof BigDecimal number
            ? number.stripTrailingZeros().toPlainString()
            : value.toString();
    return SpreadsheetText.csvField(text);
  }
}
