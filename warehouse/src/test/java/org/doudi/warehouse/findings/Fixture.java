package org.doudi.warehouse.findings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.dictionary.Metric;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes tiny fixtures straight into the fact tables, as the loaders would leave them. */
final class Fixture {

  private final JdbcTemplate jdbc;

  Fixture(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Empties the fact and finding tables. */
  void clear() {
    jdbc.execute("DROP VIEW IF EXISTS complaint_ledger");
    for (String table :
        List.of(
            "finding_event",
            "finding_record",
            "street_form",
            "discipline_figure",
            "petition_case",
            "submission_deadline")) {
      jdbc.execute("DELETE FROM " + table);
    }
  }

  /** Returns 15 figures that reconcile everywhere: every count 1, every amount 100 yuan. */
  static Map<Metric, Number> plain() {
    Map<Metric, Number> figures = new LinkedHashMap<>();
    for (Metric metric : Metric.values()) {
      figures.put(metric, metric.kind() == Metric.Kind.YUAN ? new BigDecimal("100.00") : 1);
    }
    return figures;
  }

  /** Returns {@link #plain()} with some figures changed. */
  static Map<Metric, Number> plainWith(Object... metricsAndValues) {
    Map<Metric, Number> figures = plain();
    for (int i = 0; i < metricsAndValues.length; i += 2) {
      figures.put((Metric) metricsAndValues[i], (Number) metricsAndValues[i + 1]);
    }
    return figures;
  }

  /** Adds a version of a street's form (the next version number), filled on {@code fillDate}. */
  void form(String period, String street, LocalDate fillDate, Map<Metric, Number> figures) {
    insert("street_form", period, street, fillDate, figures);
  }

  /** Adds a version of the figures a street reported to discipline inspection. */
  void discipline(String period, String street, Map<Metric, Number> figures) {
    insert("discipline_figure", period, street, null, figures);
  }

  /** Adds {@code count} petition cases of a street received on {@code date}. */
  void cases(String street, LocalDate date, int count) {
    jdbc.update(
        "INSERT INTO petition_case (case_no, received_date, channel, real_name, category,"
            + " street_code, status, resolved)"
            + " SELECT 'T' || ? || '-' || ? || '-' || i, ?, '来电', true, '投诉举报', ?, '办理中', false"
            + " FROM range(?) t(i)",
        street,
        date.toString(),
        date,
        street,
        count);
  }

  private void insert(
      String table, String period, String street, LocalDate fillDate, Map<Metric, Number> figures) {
    Integer version =
        jdbc.queryForObject(
            "SELECT coalesce(max(version), 0) + 1 FROM "
                + table
                + " WHERE period = ? AND street_code = ?",
            Integer.class,
            period,
            street);
    List<Object> values = new ArrayList<>(List.of(period, street, version));
    StringBuilder columns = new StringBuilder("period, street_code, version");
    if (fillDate != null) {
      columns.append(", fill_date");
      values.add(fillDate);
    }
    for (Metric metric : Metric.values()) {
      columns.append(", ").append(metric.key());
      values.add(figures.get(metric));
    }
    String marks = String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
    jdbc.update(
        "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")", values.toArray());
  }

  /** Returns the current findings of a rule as CSV-like lines, in a stable order. */
  List<String> findings(String rule) {
    return jdbc.query(
        "SELECT period, street_code, rule, metric, street_value, other_value, severity, message"
            + " FROM finding WHERE rule = ? ORDER BY period, street_code, metric",
        (rs, row) ->
            String.join(
                " | ",
                rs.getString(1),
                String.valueOf(rs.getString(2)),
                rs.getString(3),
                String.valueOf(rs.getString(4)),
                plainNumber(rs.getBigDecimal(5)),
                plainNumber(rs.getBigDecimal(6)),
                rs.getString(7),
                rs.getString(8)),
        rule);
  }

  private static String plainNumber(BigDecimal value) {
    return value == null ? "null" : value.stripTrailingZeros().toPlainString();
  }
}
