package org.doudi.reports.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * Draws the report's bar charts in Java with the embedded Chinese font, so charts need no browser
 * and no system font. Images are drawn at twice their printed size to stay sharp on paper.
 */
public final class ChartPainter {

  /** A named row of values, one per category, drawn in one colour. */
  public record Series(String name, Color color, List<BigDecimal> values) {}

  private static final int SCALE = 2;
  private static final Color INK = new Color(0x33, 0x33, 0x33);
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  private static volatile Font regular;

  private ChartPainter() {}

  /**
   * A chart panel with its own value axis: side-by-side bars of a total and the part of it handled,
   * with the handling rate written above each month (a rate above 100 % in red and marked ▲, as the
   * form's figures then contradict each other).
   */
  public record Panel(String title, String unit, Series total, Series part) {}

  /** The colour a rate above 100 % is drawn in. */
  static final Color ALERT = new Color(0xC0, 0x00, 0x00);

  /**
   * Returns a bar chart of the series over the categories, stacked or side by side, sized in points
   * as it will be printed.
   */
  public static BufferedImage bars(
      List<String> categories,
      List<Series> series,
      boolean stacked,
      String unit,
      int widthPt,
      int heightPt) {
    return paint(
        widthPt,
        heightPt,
        g ->
            draw(
                g,
                0,
                0,
                widthPt * SCALE,
                heightPt * SCALE,
                categories,
                series,
                stacked,
                unit,
                null));
  }

  /**
   * Returns panels stacked from top to bottom, each with its own axis, so that figures of very
   * different size (about 11 clues against 1,400 petitions a month) each stay readable.
   */
  public static BufferedImage panels(
      List<String> categories, List<Panel> panels, int widthPt, int heightPt) {
    return paint(
        widthPt,
        heightPt,
        g -> {
          int h = heightPt * SCALE / panels.size();
          for (int i = 0; i < panels.size(); i++) {
            Panel panel = panels.get(i);
            draw(
                g,
                0,
                h * i,
                widthPt * SCALE,
                h,
                categories,
                List.of(panel.total(), panel.part()),
                false,
                panel.title() + "（" + panel.unit() + "）",
                panel);
          }
        });
  }

  private static BufferedImage paint(
      int widthPt, int heightPt, java.util.function.Consumer<Graphics2D> painter) {
    int width = widthPt * SCALE;
    int height = heightPt * SCALE;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setFont(font().deriveFont(9f * SCALE));
      painter.accept(g);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static void draw(
      Graphics2D g,
      int x,
      int y,
      int width,
      int height,
      List<String> categories,
      List<Series> series,
      boolean stacked,
      String unit,
      Panel rates) {
    FontMetrics metrics = g.getFontMetrics();
    int left = x + 46 * SCALE;
    int right = 10 * SCALE;
    int top = y + (rates == null ? 26 : 30) * SCALE;
    int bottom = (rates == null ? 48 : 40) * SCALE;
    int plotW = width - 46 * SCALE - right;
    int plotH = height - (top - y) - bottom;

    double max = 0;
    for (int c = 0; c < categories.size(); c++) {
      double sum = 0;
      for (Series s : series) {
        double v = value(s, c);
        sum = stacked ? sum + v : Math.max(sum, v);
      }
      max = Math.max(max, sum);
    }
    double step = niceStep(max / 4);
    double top_ = step * Math.max(1, Math.ceil(max / step));

    g.setStroke(new BasicStroke(SCALE * 0.6f));
    for (double t = 0; t <= top_ + 1e-9; t += step) {
      int ty = top + plotH - (int) Math.round(plotH * t / top_);
      g.setColor(GRID);
      g.drawLine(left, ty, left + plotW, ty);
      g.setColor(INK);
      String label = format(t);
      g.drawString(
          label, left - 6 * SCALE - metrics.stringWidth(label), ty + metrics.getAscent() / 3);
    }
    g.drawString(unit, x + 4 * SCALE, top - (rates == null ? 10 : 16) * SCALE);

    int n = Math.max(1, categories.size());
    double slot = (double) plotW / n;
    double barGroup = slot * 0.7;
    boolean anyOver = false;
    for (int c = 0; c < categories.size(); c++) {
      double x0 = left + slot * c + (slot - barGroup) / 2;
      double base = 0;
      double highest = 0;
      for (int s = 0; s < series.size(); s++) {
        Series line = series.get(s);
        double v = value(line, c);
        g.setColor(line.color());
        if (stacked) {
          int y1 = top + plotH - (int) Math.round(plotH * (base + v) / top_);
          int y0 = top + plotH - (int) Math.round(plotH * base / top_);
          g.fillRect((int) x0, y1, (int) barGroup, Math.max(0, y0 - y1));
          base += v;
        } else {
          double w = barGroup / series.size();
          int y1 = top + plotH - (int) Math.round(plotH * v / top_);
          g.fillRect((int) (x0 + w * s), y1, (int) Math.max(1, w - SCALE), top + plotH - y1);
          highest = Math.max(highest, v);
        }
      }
      if (stacked && base > 0) {
        g.setColor(INK);
        String total = format(base);
        int ty = top + plotH - (int) Math.round(plotH * base / top_) - 3 * SCALE;
        g.drawString(total, (int) (x0 + barGroup / 2 - metrics.stringWidth(total) / 2.0), ty);
      }
      if (rates != null) {
        double total = value(rates.total(), c);
        if (total > 0) {
          double rate = 100 * value(rates.part(), c) / total;
          boolean over = rate > 100 + 1e-9;
          anyOver |= over;
          String text = (over ? "▲" : "") + String.format("%.0f%%", rate);
          g.setColor(over ? ALERT : INK);
          int ty = top + plotH - (int) Math.round(plotH * highest / top_) - 3 * SCALE;
          g.drawString(text, (int) (x0 + barGroup / 2 - metrics.stringWidth(text) / 2.0), ty);
        }
      }
      g.setColor(INK);
      String label = categories.get(c);
      g.drawString(
          label,
          (int) (left + slot * c + slot / 2 - metrics.stringWidth(label) / 2.0),
          top + plotH + metrics.getAscent() + 4 * SCALE);
    }
    g.setColor(INK);
    g.drawLine(left, top + plotH, left + plotW, top + plotH);

    int lx = left;
    int ly = y + height - 6 * SCALE;
    for (Series s : series) {
      g.setColor(s.color());
      g.fillRect(lx, ly - metrics.getAscent() + 2 * SCALE, 10 * SCALE, 8 * SCALE);
      g.setColor(INK);
      g.drawString(s.name(), lx + 14 * SCALE, ly + SCALE);
      lx += 14 * SCALE + metrics.stringWidth(s.name()) + 14 * SCALE;
    }
    if (rates != null) {
      String note = "柱上数字为处置到位率";
      g.setColor(INK);
      g.drawString(note, lx, ly + SCALE);
      lx += metrics.stringWidth(note) + 10 * SCALE;
      if (anyOver) {
        g.setColor(ALERT);
        g.drawString("▲ 超过100%：到位数大于总数，请核实", lx, ly + SCALE);
      }
    }
    if (categories.isEmpty()) {
      String none = "暂无数据";
      g.drawString(none, left + plotW / 2 - metrics.stringWidth(none) / 2, top + plotH / 2);
    }
  }

  private static double value(Series series, int index) {
    BigDecimal v = index < series.values().size() ? series.values().get(index) : null;
    return v == null ? 0 : v.doubleValue();
  }

  private static double niceStep(double raw) {
    if (raw <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / magnitude;
    double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return Math.max(1, nice * magnitude);
  }

  private static String format(double value) {
    return String.format("%,.0f", value);
  }

  /** Returns the embedded Noto Sans SC, loaded once from the classpath. */
  static Font font() {
    Font font = regular;
    if (font == null) {
      synchronized (ChartPainter.class) {
        if (regular == null) {
          try (InputStream in =
              ChartPainter.class.getClassLoader().getResourceAsStream(ReportFonts.REGULAR)) {
            if (in == null) {
              throw new IllegalStateException("报告字体缺失：" + ReportFonts.REGULAR);
            }
            regular = Font.createFont(Font.TRUETYPE_FONT, in);
          } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("报告字体无法读取：" + e.getMessage(), e);
          }
        }
        font = regular;
      }
    }
    return font;
  }
}
