package org.doudi.warehouse.dictionary;

/**
 * Folds labels and cell text before they are compared, so that what streets type in Excel or WPS
 * matches the dictionary: spaces and line breaks go, quotes of every kind become one, full-width
 * digits, letters and brackets become half-width.
 */
public final class Labels {

  private Labels() {}

  /**
   * Returns the label folded for comparison: full-width to half-width, every quote form (“” "" 「」
   * 『』 ‘’ '') removed, brackets to {@code ()}, white space removed, lower case.
   */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String width = foldWidth(text);
    StringBuilder folded = new StringBuilder(width.length());
    for (int i = 0; i < width.length(); i++) {
      char c = width.charAt(i);
      switch (c) {
        case '“', '”', '"', '「', '」', '『', '』', '‘', '’', '\'', '〝', '〞' -> {}
        case '（', '〔', '【', '[' -> folded.append('(');
        case '）', '〕', '】', ']' -> folded.append(')');
        default -> {
          if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
            folded.append(Character.toLowerCase(c));
          }
        }
      }
    }
    return folded.toString();
  }

  /**
   * Returns the text with full-width ASCII forms (１２，（）) turned half-width and U+3000 to a space.
   */
  public static String foldWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '！' && c <= '～') {
        out.append((char) (c - 0xFEE0));
      } else if (c == '\u3000') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
