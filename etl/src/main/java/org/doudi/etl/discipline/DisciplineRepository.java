package org.doudi.etl.discipline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.doudi.warehouse.dictionary.Metric;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Stores the commission's figures in {@code discipline_figure}, each upload a new version. */
@Component
class DisciplineRepository {

  private final JdbcTemplate jdbc;

  DisciplineRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts a street's figures for a period as the next version; returns the version. */
  int insert(DisciplineFigures row, long loadId) {
    Integer version =
        jdbc.queryForObject(
            "SELECT coalesce(max(version), 0) + 1 FROM discipline_figure"
                + " WHERE period = ? AND street_code = ?",
            Integer.class,
            row.period().toString(),
            row.street().code());
    List<Object> args =
        new ArrayList<>(List.of(row.period().toString(), row.street().code(), version, loadId));
    StringBuilder marks = new StringBuilder();
    for (Metric metric : Metric.values()) {
      BigDecimal value = row.figures().get(metric);
      args.add(metric.kind() == Metric.Kind.COUNT ? (Object) value.intValueExact() : value);
      marks.append(", ?");
    }
    jdbc.update(
        "INSERT INTO discipline_figure (period, street_code, version, load_id, "
            + Metric.columns()
            + ") VALUES (?, ?, ?, ?"
            + marks
            + ")",
        args.toArray());
    return version;
  }
}
