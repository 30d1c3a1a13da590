package org.doudi.reports.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks Chinese report text into lines by the rules of Chinese typesetting (避头尾), before
 * JasperReports lays it out: no closing punctuation (，。、：；）” …) at the start of a line, no opening
 * bracket or quote at its end, a number such as 33.0% or 38,831.25 never split, and never a lone
 * last character on a line of its own. JasperReports' own breaking (the JDK's line BreakIterator)
 * splits 33.|0% and lets a heading end with one character on a new line, so the report hands it
 * lines that already fit, each ended by a line break.
 */
public final class ChineseLines {

  /** Characters that must not start a line. */
  static final String NO_START = "，。、；：？！）》」』】〕〉”’%‰…—·,.;:?!)]}";

  /** Characters that must not end a line. */
  static final String NO_END = "（《「『【〔〈“‘([{";

  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
  private static final Font REGULAR = load("fonts/NotoSansSC-Regular.ttf");
  private static final Font BOLD = load("fonts/NotoSansSC-Bold.ttf");

  /** A little room so that JasperReports' own measurement never needs to break a line again. */
  private static final float SLACK = 0.985f;

  private ChineseLines() {}

  /**
   * Returns the text with a line break wherever a line of {@code width} points must end, in the
   * report font at {@code size} points; each paragraph (existing line breaks stay) starts with
   * {@code indent} ideographic spaces, the Chinese paragraph indent. JasperReports treats every
   * line break as a new paragraph, so the templates set no first-line indent of their own.
   */
  public static String wrap(String text, float size, boolean bold, float width, int indent) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Font font = (bold ? BOLD : REGULAR).deriveFont(size);
    List<String> out = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      out.addAll(lines(units("\u3000".repeat(indent) + paragraph), font, width * SLACK));
    }
    return String.join("\n", out);
  }

  /** Splits a paragraph into pieces that may not be broken, glued by the rules above. */
  static List<String> units(String paragraph) {
    List<String> units = new ArrayList<>();
    int i = 0;
    while (i < paragraph.length()) {
      int end = i + 1;
      if (isWordChar(paragraph.charAt(i))) {
        while (end < paragraph.length() && isWordChar(paragraph.charAt(end))) {
          end++;
        }
      }
      String unit = paragraph.substring(i, end);
      if (!units.isEmpty()
          && (NO_START.indexOf(unit.charAt(0)) >= 0 || endsOpen(units.get(units.size() - 1)))) {
        units.set(units.size() - 1, units.get(units.size() - 1) + unit);
      } else {
        units.add(unit);
      }
      i = end;
    }
    if (units.size() >= 2
        && units.get(units.size() - 1).codePointCount(0, units.get(units.size() - 1).length())
            <= 2) {
      // the paragraph's last piece is short: keep it with the one before
      String last = units.remove(units.size() - 1);
      units.set(units.size() - 1, units.get(units.size() - 1) + last);
    }
    return units;
  }

  private static boolean endsOpen(String unit) {
    return NO_END.indexOf(unit.charAt(unit.length() - 1)) >= 0;
  }

  /** Letters, digits and the signs inside numbers: 38,831.25 RX2024-001 +33.0 */
  private static boolean isWordChar(char c) {
    return (c >= '0' && c <= '9')
        || (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || c == '.'
        || c == ','
        || c == '+'
        || c == '-'
        || c == '_'
        || c == '/';
  }

  private static List<String> lines(List<String> units, Font font, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String unit : units) {
      String candidate = line + unit;
      if (line.length() > 0 && measure(font, candidate) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(unit);
    }
    lines.add(line.toString());
    return lines;
  }

  private static float measure(Font font, String text) {
    return (float) font.getStringBounds(text, CONTEXT).getWidth();
  }

  private static Font load(String resource) {
    try (InputStream in = ChineseLines.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("报告字体缺失：" + resource);
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("报告字体无法读取：" + resource, e);
    }
  }
}
