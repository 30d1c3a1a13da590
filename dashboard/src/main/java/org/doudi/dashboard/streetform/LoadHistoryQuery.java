package org.doudi.dashboard.streetform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.load.LoadRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads one page of the load history, newest first, filtered by kind, result and street. */
@Component
public class LoadHistoryQuery {

  /** What the history is filtered by; null fields do not filter. */
  public record Filter(String kind, String status, String street) {}

  private static final String COLUMNS =
      "id, kind, file_name, sha256, loaded_by, started_at, finished_at, status, rows_loaded,"
          + " message";

  private final JdbcTemplate jdbc;

  LoadHistoryQuery(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long count(Filter filter) {
    List<Object> args = new ArrayList<>();
    Long n =
        jdbc.queryForObject(
            "SELECT count(*) FROM load_log" + where(filter, args), Long.class, args.toArray());
    return n == null ? 0 : n;
  }

  public List<LoadRecord> page(Filter filter, int limit, long offset) {
    List<Object> args = new ArrayList<>();
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM load_log"
            + where(filter, args)
            + " ORDER BY id DESC LIMIT "
            + limit
            + " OFFSET "
            + offset,
        LoadHistoryQuery::map,
        args.toArray());
  }

  /** A street sees the loads of its own accounts only. */
  private static String where(Filter f, List<Object> args) {
    StringBuilder sql = new StringBuilder(" WHERE true");
    if (f.kind() != null) {
      sql.append(" AND kind = ?");
      args.add(f.kind());
    }
    if (f.status() != null) {
      sql.append(" AND status = ?");
      args.add(f.status());
    }
    if (f.street() != null) {
      sql.append(" AND loaded_by IN (SELECT username FROM app_user WHERE street_code = ?)");
      args.add(f.street());
    }
    return sql.toString();
  }

  private static LoadRecord map(ResultSet rs, int row) throws SQLException {
    return new LoadRecord(
        rs.getLong("id"),
        LoadKind.of(rs.getString("kind")),
        rs.getString("file_name"),
        rs.getString("sha256"),
        rs.getString("loaded_by"),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("finished_at", OffsetDateTime.class),
        rs.getString("status"),
        rs.getLong("rows_loaded"),
        rs.getString("message"));
  }
}
