package org.doudi.etl.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import java.util.regex.Pattern;
import org.doudi.warehouse.dictionary.Labels;
import org.doudi.warehouse.dictionary.Metric;

/**
 * Reads one figure the way streets write it: a number, a formula's cached value, full-width digits
 * (１２), thousands separators (1,234.50), the column's unit (12人, 8条, 33件), for funds a currency
 * sign or 元 (￥1,200.00, 1200元); blank, 无, /, —, - mean 0. Anything else is refused with a sentence
 * a clerk understands.
 */
public final class Figures {

  private static final Set<String> ZERO =
      Set.of("", "无", "/", "—", "——", "-", "--", "－", "–", "―", "0");
  private static final Pattern PLAIN = Pattern.compile("[-−]?\\d+(\\.\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("[-−]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final double TOLERANCE = 1e-6;

  /**
   * A figure's value, or why the cell does not hold one.
   *
   * @param value the value (scale 0 for counts, 2 for yuan), null when refused
   * @param error the reason in Chinese, e.g. “约3人”不是整数; null when read
   */
  public record Reading(BigDecimal value, String error) {

    static Reading of(BigDecimal value) {
      return new Reading(value, null);
    }

    static Reading refused(String error) {
      return new Reading(null, error);
    }

    /** Returns whether the cell held a valid figure. */
    public boolean ok() {
      return error == null;
    }
  }

  private Figures() {}

  /** Reads a cell as a figure of the metric, whose values are written in {@code unit}. */
  public static Reading read(SheetCell cell, Metric metric, String unit) {
    if (cell.date() != null) {
      return Reading.refused("“" + cell.text() + "”是日期，不是" + noun(metric));
    }
    if (cell.number() != null) {
      return number(BigDecimal.valueOf(cell.number()), cell.text(), metric, true);
    }
    String text = Labels.foldWidth(cell.text()).replace('\u00a0', ' ').strip();
    if (ZERO.contains(text.replace(" ", ""))) {
      return Reading.of(zero(metric));
    }
    String bare = text;
    if (metric.kind() == Metric.Kind.YUAN) {
      bare = stripPrefix(bare, "￥", "¥", "RMB", "人民币");
      bare = stripSuffix(bare, "元");
    } else if (unit != null && !unit.isEmpty()) {
      bare = stripSuffix(bare, unit);
    }
    bare = bare.strip();
    String digits;
    if (PLAIN.matcher(bare).matches()) {
      digits = bare;
    } else if (GROUPED.matcher(bare).matches()) {
      digits = bare.replace(",", "");
    } else {
      return Reading.refused("“" + cell.text() + "”不是" + noun(metric) + hint(metric));
    }
    return number(new BigDecimal(digits.replace('−', '-')), cell.text(), metric, false);
  }

  private static Reading number(BigDecimal raw, String shown, Metric metric, boolean binary) {
    String text = shown.isEmpty() ? raw.stripTrailingZeros().toPlainString() : shown;
    if (raw.signum() < 0) {
      return Reading.refused("“" + text + "”是负数，数据不能小于 0");
    }
    if (metric.kind() == Metric.Kind.COUNT) {
      BigDecimal whole = raw.setScale(0, RoundingMode.HALF_UP);
      if (raw.subtract(whole).abs().doubleValue() > (binary ? TOLERANCE : 0)) {
        return Reading.refused("“" + text + "”不是整数（人数、条数、件数不能有小数）");
      }
      return Reading.of(whole);
    }
    BigDecimal cents = raw.setScale(2, RoundingMode.HALF_UP);
    if (raw.subtract(cents).abs().doubleValue() > (binary ? TOLERANCE : 0)) {
      return Reading.refused("“" + text + "”超过两位小数（金额以元为单位，最多到分）");
    }
    return Reading.of(cents);
  }

  private static BigDecimal zero(Metric metric) {
    return metric.kind() == Metric.Kind.COUNT ? BigDecimal.ZERO : BigDecimal.ZERO.setScale(2);
  }

  private static String noun(Metric metric) {
    return metric.kind() == Metric.Kind.COUNT ? "整数" : "金额";
  }

  private static String hint(Metric metric) {
    return metric.kind() == Metric.Kind.COUNT
        ? "（请只填一个阿拉伯数字，如 12；没有填 0）"
        : "（请只填一个金额，如 1200.50；没有填 0）";
  }

  private static String stripPrefix(String text, String... prefixes) {
    for (String prefix : prefixes) {
      if (text.startsWith(prefix)) {
        return text.substring(prefix.length()).strip();
      }
    }
    return text;
  }

  private static String stripSuffix(String text, String suffix) {
    return text.endsWith(suffix)
        ? text.substring(0, text.length() - suffix.length()).strip()
        : text;
  }
}
