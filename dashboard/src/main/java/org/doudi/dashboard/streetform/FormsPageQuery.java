package org.doudi.dashboard.streetform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.doudi.etl.streetform.FormVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads one page of the form versions, newest period first, filtered by period and street. */
@Component
class FormsPageQuery {

  private static final String VERSIONS =
      "SELECT f.id, f.period, f.street_code, s.name, s.sort_order, f.version, f.fill_date,"
          + " f.loaded_at, l.loaded_by, l.file_name, f.returned_at, f.returned_by,"
          + " f.returned_reason,"
          + " f.version = max(f.version) OVER (PARTITION BY f.period, f.street_code) AS latest"
          + " FROM street_form f JOIN street s ON s.code = f.street_code"
          + " LEFT JOIN load_log l ON l.id = f.load_id";

  private final JdbcTemplate jdbc;

  FormsPageQuery(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long count(String period, String street) {
    List<Object> args = new ArrayList<>();
    Long n =
        jdbc.queryForObject(
            "SELECT count(*) FROM street_form" + where(period, street, args),
            Long.class,
            args.toArray());
    return n == null ? 0 : n;
  }

  List<FormVersion> page(String period, String street, int limit, long offset) {
    List<Object> args = new ArrayList<>();
    return jdbc.query(
        "SELECT * FROM ("
            + VERSIONS
            + ") v"
            + where(period, street, args)
            + " ORDER BY period DESC, sort_order, version DESC LIMIT "
            + limit
            + " OFFSET "
            + offset,
        FormsPageQuery::map,
        args.toArray());
  }

  /** Returns the periods that have forms, newest first, for the filter's choices. */
  List<String> periods(String street) {
    List<Object> args = new ArrayList<>();
    return jdbc.queryForList(
        "SELECT DISTINCT period FROM street_form"
            + where(null, street, args)
            + " ORDER BY period DESC",
        String.class,
        args.toArray());
  }

  private static String where(String period, String street, List<Object> args) {
    StringBuilder sql = new StringBuilder(" WHERE true");
    if (period != null) {
      sql.append(" AND period = ?");
      args.add(period);
    }
    if (street != null) {
      sql.append(" AND street_code = ?");
      args.add(street);
    }
    return sql.toString();
  }

  private static FormVersion map(ResultSet rs, int row) throws SQLException {
    return new FormVersion(
        rs.getLong("id"),
        rs.getString("period"),
        rs.getString("street_code"),
        rs.getString("name"),
        rs.getInt("version"),
        rs.getObject("fill_date", LocalDate.class),
        rs.getObject("loaded_at", OffsetDateTime.class),
        rs.getString("loaded_by"),
        rs.getString("file_name"),
        rs.getObject("returned_at", OffsetDateTime.class),
        rs.getString("returned_by"),
        rs.getString("returned_reason"),
        rs.getBoolean("latest"));
  }
}
