package org.doudi.dashboard.findings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.MetricDictionary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads findings from the {@code finding} view, filtered and ordered most serious first. */
@Component
public class FindingsPageQuery {

  private static final String COLUMNS =
      "SELECT finding_id, period, street_code, street_name, rule, metric, street_value,"
          + " other_value, severity, message, status FROM finding";

  private static final String ORDER =
      " ORDER BY CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,"
          + " CASE status WHEN 'open' THEN 0 ELSE 1 END, period DESC,"
          + " abs(coalesce(street_value, 0) - coalesce(other_value, 0)) DESC, finding_id";

  private final JdbcTemplate jdbc;
  private final MetricDictionary metrics;

  FindingsPageQuery(JdbcTemplate jdbc, MetricDictionary metrics) {
    this.jdbc = jdbc;
    this.metrics = metrics;
  }

  /** Returns the findings that match a filter, at most {@code limit} of them. */
  public List<FindingRow> find(FindingFilter filter, int limit) {
    return find(filter, limit, 0);
  }

  /** Returns one page of the findings that match a filter, skipping the first {@code offset}. */
  public List<FindingRow> find(FindingFilter filter, int limit, long offset) {
    List<Object> args = new ArrayList<>();
    String sql = COLUMNS + where(filter, args) + ORDER + " LIMIT " + limit + " OFFSET " + offset;
    return jdbc.query(sql, this::map, args.toArray());
  }

  /** Returns how many findings match a filter. */
  public long count(FindingFilter filter) {
    List<Object> args = new ArrayList<>();
    Long n =
        jdbc.queryForObject(
            "SELECT count(*) FROM finding" + where(filter, args), Long.class, args.toArray());
    return n == null ? 0 : n;
  }

  /** Returns one finding by its id, or null. */
  public FindingRow byId(long id) {
    return jdbc.query(COLUMNS + " WHERE finding_id = ?", this::map, id).stream()
        .findFirst()
        .orElse(null);
  }

  private static String where(FindingFilter filter, List<Object> args) {
    StringBuilder sql = new StringBuilder(" WHERE true");
    if (filter.from() != null) {
      sql.append(" AND period BETWEEN ? AND ?");
      args.add(filter.from());
      args.add(filter.to());
    }
    if (filter.street() != null) {
      sql.append(" AND street_code = ?");
      args.add(filter.street());
    }
    if (filter.rule() != null) {
      if (filter.rule().equals("outlier")) {
        sql.append(" AND rule LIKE 'outlier\\_%' ESCAPE '\\'");
      } else {
        sql.append(" AND rule = ?");
        args.add(filter.rule());
      }
    }
    if (filter.severity() != null) {
      sql.append(" AND severity = ?");
      args.add(filter.severity());
    }
    if (filter.status() != null) {
      sql.append(" AND status = ?");
      args.add(filter.status());
    }
    return sql.toString();
  }

  private FindingRow map(ResultSet rs, int row) throws SQLException {
    String metric = rs.getString("metric");
    return new FindingRow(
        rs.getLong("finding_id"),
        rs.getString("period"),
        rs.getString("street_code"),
        rs.getString("street_name"),
        rs.getString("rule"),
        metric,
        metric == null
            ? null
            : Metric.byKey(metric).map(m -> metrics.label(m).shortLabel()).orElse(metric),
        rs.getBigDecimal("street_value"),
        rs.getBigDecimal("other_value"),
        rs.getString("severity"),
        rs.getString("message"),
        rs.getString("status"));
  }
}
