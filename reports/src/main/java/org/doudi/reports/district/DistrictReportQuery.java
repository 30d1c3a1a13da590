package org.doudi.reports.district;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.doudi.warehouse.calendar.PeriodStatus;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.MetricDictionary;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what the district report needs through the contract views only (street_report,
 * district_month, finding), which hold figures and findings, never personal data.
 */
@Component
class DistrictReportQuery {

  private static final String SUMS =
      String.join(
          ", ",
          java.util.Arrays.stream(Metric.values())
              .map(m -> "sum(" + m.key() + ") AS " + m.key())
              .toList());

  private final JdbcTemplate jdbc;
  private final StreetDictionary streets;
  private final MetricDictionary metrics;

  DistrictReportQuery(JdbcTemplate jdbc, StreetDictionary streets, MetricDictionary metrics) {
    this.jdbc = jdbc;
    this.streets = streets;
    this.metrics = metrics;
  }

  /** Returns the periods that have at least one street's form, newest first. */
  List<Period> periods() {
    return jdbc
        .queryForList(
            "SELECT DISTINCT period FROM street_report ORDER BY period DESC", String.class)
        .stream()
        .map(Period::require)
        .toList();
  }

  /** Returns how many streets the district has. */
  int streetCount() {
    return streets.all().size();
  }

  /**
   * Reads the report's data; {@code status} is the scope's last month's filing status, and the
   * previous month is read for comparison only when both it and that month are complete.
   */
  DistrictReportData read(
      ReportScope scope,
      LocalDate today,
      Period trendFrom,
      Map<Period, LocalDate> deadlines,
      PeriodStatus status,
      boolean previousComplete) {
    String from = scope.from().toString();
    String to = scope.to().toString();
    Map<String, Map<Metric, BigDecimal>> byStreet = new HashMap<>();
    jdbc.query(
        "SELECT street_code, "
            + SUMS
            + " FROM street_report WHERE period BETWEEN ? AND ?"
            + " GROUP BY street_code",
        rs -> {
          byStreet.put(rs.getString("street_code"), metrics(rs));
        },
        from,
        to);
    Map<String, Map<Period, LocalDate>> fillDates = new HashMap<>();
    jdbc.query(
        "SELECT street_code, period, fill_date FROM street_report WHERE period BETWEEN ? AND ?",
        rs -> {
          Date fill = rs.getDate("fill_date");
          fillDates
              .computeIfAbsent(rs.getString("street_code"), k -> new TreeMap<>())
              .put(
                  Period.require(rs.getString("period")), fill == null ? null : fill.toLocalDate());
        },
        from,
        to);
    Map<Metric, BigDecimal> total = district(from, to);
    Map<Metric, BigDecimal> previous =
        scope.campaign() || !status.complete() || !previousComplete
            ? Map.of()
            : district(scope.to().previous().toString(), scope.to().previous().toString());
    Map<Period, Map<Metric, BigDecimal>> trend = new LinkedHashMap<>();
    for (Period p = trendFrom; p.compareTo(scope.to()) <= 0; p = p.next()) {
      trend.put(p, new EnumMap<>(Metric.class));
    }
    jdbc.query(
        "SELECT period, "
            + SUMS
            + " FROM district_month WHERE period BETWEEN ? AND ? GROUP BY period",
        rs -> {
          trend.put(Period.require(rs.getString("period")), metrics(rs));
        },
        trendFrom.toString(),
        to);
    return new DistrictReportData(
        scope,
        today,
        streets.all(),
        metrics.removalKinds(),
        byStreet,
        fillDates,
        total,
        previous,
        trend,
        findings(from, to),
        explained(from, to),
        highlights(from, to),
        status.complete() ? null : status.fillingNote(),
        deadlines);
  }

  private Map<Metric, BigDecimal> district(String from, String to) {
    List<Map<Metric, BigDecimal>> rows =
        jdbc.query(
            "SELECT count(*) AS months, "
                + SUMS
                + " FROM district_month WHERE period BETWEEN ? AND ?",
            (rs, i) -> rs.getLong("months") == 0 ? Map.<Metric, BigDecimal>of() : metrics(rs),
            from,
            to);
    return rows.isEmpty() ? Map.of() : rows.get(0);
  }

  /**
   * Returns open findings per street and severity; tolerates a finding view without a status column
   * (every current finding then counts as open).
   */
  private Map<String, long[]> findings(String from, String to) {
    Map<String, long[]> counts = new HashMap<>();
    String sql =
        "SELECT coalesce(street_code, '') AS street_code, severity, count(*) AS n FROM finding"
            + " WHERE period BETWEEN ? AND ? %s GROUP BY ALL";
    org.springframework.jdbc.core.RowCallbackHandler handler =
        rs -> {
          long[] bySeverity = counts.computeIfAbsent(rs.getString(1), k -> new long[3]);
          int index =
              switch (String.valueOf(rs.getString(2))) {
                case "high" -> 0;
                case "medium" -> 1;
                default -> 2;
              };
          bySeverity[index] += rs.getLong(3);
        };
    try {
      jdbc.query(sql.formatted("AND status = 'open'"), handler, from, to);
    } catch (DataAccessException e) {
      counts.clear();
      jdbc.query(sql.formatted(""), handler, from, to);
    }
    return counts;
  }

  /**
   * Returns how many findings of the scope the work team marked explained (已说明): still current, so
   * the findings page lists them among the not yet closed, but no longer waiting for work.
   */
  private long explained(String from, String to) {
    try {
      Long n =
          jdbc.queryForObject(
              "SELECT count(*) FROM finding WHERE period BETWEEN ? AND ? AND status = 'explained'",
              Long.class,
              from,
              to);
      return n == null ? 0 : n;
    } catch (DataAccessException e) {
      return 0;
    }
  }

  private List<String> highlights(String from, String to) {
    String sql =
        "SELECT coalesce(s.name, '全区') AS street, f.message FROM finding f"
            + " LEFT JOIN street s ON s.code = f.street_code"
            + " WHERE f.period BETWEEN ? AND ? AND f.severity = 'high' %s"
            + " ORDER BY f.period DESC, s.sort_order NULLS FIRST, f.message LIMIT 8";
    List<String> lines = new ArrayList<>();
    org.springframework.jdbc.core.RowCallbackHandler handler =
        rs -> lines.add(rs.getString(1) + "：" + rs.getString(2));
    try {
      jdbc.query(sql.formatted("AND f.status = 'open'"), handler, from, to);
    } catch (DataAccessException e) {
      lines.clear();
      jdbc.query(sql.formatted(""), handler, from, to);
    }
    return lines;
  }

  private static Map<Metric, BigDecimal> metrics(ResultSet rs) throws SQLException {
    Map<Metric, BigDecimal> values = new EnumMap<>(Metric.class);
    for (Metric metric : Metric.values()) {
      BigDecimal value = rs.getBigDecimal(metric.key());
      values.put(metric, value == null ? BigDecimal.ZERO : value);
    }
    return values;
  }
}
