package org.doudi.warehouse.dictionary;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Gives each of the 15 figures its Chinese labels, read once from the {@code metric} table. */
public final class MetricDictionary {

  private final Map<Metric, MetricLabel> labels = new EnumMap<>(Metric.class);

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
