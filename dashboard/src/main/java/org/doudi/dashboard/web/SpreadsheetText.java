package org.doudi.dashboard.web;

/**
 * Text as exports write it: CSV fields quoted as RFC 4180 says, and cells that a spreadsheet could
 * take for a formula (CSV injection) defused with a leading apostrophe, as OWASP advises. Every
 * export of the product (findings, SQL results, the findings command) goes through here.
 */
public final class SpreadsheetText {

  private SpreadsheetText() {}

  /**
   * Returns whether Excel or WPS could take this text for a formula: it starts with = + - @ tab or
   * CR.
   */
  public static boolean risky(String text) {
    return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }

  /** Returns the text with a leading {@code '} when risky; null becomes empty. */
  public static String defused(String text) {
    if (text == null) {
      return "";
    }
    return risky(text) ? "'" + text : text;
  }

  /**
   * Returns a CSV field: quoted, with quotes doubled, when it holds a comma, quote or line break.
   */
  public static String csvField(String text) {
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
