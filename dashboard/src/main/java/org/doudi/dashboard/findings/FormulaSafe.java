package org.doudi.dashboard.findings;

/**
 * Keeps exported text from being read as a formula by Excel or WPS (CSV injection): a value that
 * starts with = + - @ tab or carriage return gets a leading apostrophe in CSV, and a quote prefix
 * style in .xlsx.
 */
final class FormulaSafe {

  private FormulaSafe() {}

  /** Returns whether a spreadsheet could take this text for a formula. */
  static boolean risky(String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  /** Returns the text as a CSV cell may hold it: prefixed with ' when risky. */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    return risky(value) ? "'" + value : value;
  }
}
