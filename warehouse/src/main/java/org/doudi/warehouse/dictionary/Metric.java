package org.doudi.warehouse.dictionary;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 15 figures of the statistics form, in the printed order. Their names are the column names in
 * every table and view; their Chinese labels live in the {@code metric} table ({@link
 * MetricDictionary}).
 */
public enum Metric {
  RENQING_REMOVED(Kind.COUNT),
  RENQING_RECOVERED_YUAN(Kind.YUAN),
  GUANXI_REMOVED(Kind.COUNT),
  GUANXI_RECOVERED_YUAN(Kind.YUAN),
  ZHENGCE_REMOVED(Kind.COUNT),
  ZHENGCE_RECOVERED_YUAN(Kind.YUAN),
  WHOLE_HOUSEHOLD_ADDED(Kind.COUNT),
  SANWU_REMOVED(Kind.COUNT),
  SANWU_RECOVERED_YUAN(Kind.YUAN),
  CLUES_TOTAL(Kind.COUNT),
  CLUES_RESOLVED(Kind.COUNT),
  PETITIONS_HANDLED(Kind.COUNT),
  PETITIONS_RESOLVED(Kind.COUNT),
  CARD_CUSTODY_CASES(Kind.COUNT),
  RELATIVE_FILINGS(Kind.COUNT);

  /** Whether a figure counts people or cases, or is an amount in yuan. */
  public enum Kind {
    /** A whole number of persons, clues or cases, at least 0. */
    COUNT,
    /** An amount in yuan, at least 0, at most two decimals. */
    YUAN
  }

  private final Kind kind;

  Metric(Kind kind) {
    this.kind = kind;
  }

  /** Returns the column name, e.g. {@code renqing_removed}. */
  public String key() {
    return name().toLowerCase();
  }

  /** Returns whether the figure is a count or yuan. */
  public Kind kind() {
    return kind;
  }

  /** Returns the metric with this column name. */
  public static Optional<Metric> byKey(String key) {
    return Arrays.stream(values()).filter(m -> m.key().equals(key)).findFirst();
  }

  /** Returns the comma-separated column names in printed order, for SQL written by Java. */
  public static String columns() {
    return String.join(", ", Arrays.stream(values()).map(Metric::key).toList());
  }
}
