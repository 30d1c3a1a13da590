package org.doudi.warehouse.dictionary;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives each of the 15 figures its Chinese labels, and the kinds of removal their figures belong
 * to, read once from the {@code metric} and {@code removal_kind} tables.
 */
public final class MetricDictionary {

  private final Map<Metric, MetricLabel> labels = new EnumMap<>(Metric.class);
  private final List<RemovalKind> removalKinds;

  /** Loads the labels from the warehouse; every {@link Metric} must have a row. */
  public MetricDictionary(JdbcTemplate jdbc) {
    jdbc.query(
        "SELECT key, group_label, item_label, unit_label, unit, short_label FROM metric ORDER BY ordinal",
        rs -> {
          String key = rs.getString(1);
          Metric metric =
              Metric.byKey(key)
                  .orElseThrow(() -> new IllegalStateException("metric 表中有未知指标 " + key));
          labels.put(
              metric,
              new MetricLabel(
                  metric,
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6)));
        });
    for (Metric metric : Metric.values()) {
      if (!labels.containsKey(metric)) {
        throw new IllegalStateException("metric 表缺少指标 " + metric.key());
      }
    }
    removalKinds =
        List.copyOf(
            jdbc.query(
                "SELECT kind, label, quoted_label, removed_metric, recovered_metric"
                    + " FROM removal_kind ORDER BY ordinal",
                (rs, i) ->
                    new RemovalKind(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        metric(rs.getString(4)),
                        metric(rs.getString(5)))));
  }

  private static Metric metric(String key) {
    return Metric.byKey(key)
        .orElseThrow(() -> new IllegalStateException("removal_kind 表中有未知指标 " + key));
  }

  /** Returns the form's kinds of removal (清退) in the form's order. */
  public List<RemovalKind> removalKinds() {
    return removalKinds;
  }

  /** Returns the labels of a figure. */
  public MetricLabel label(Metric metric) {
    return labels.get(metric);
  }

  /** Returns the labels of all 15 figures in printed order. */
  public List<MetricLabel> all() {
    return List.copyOf(labels.values());
  }
}
