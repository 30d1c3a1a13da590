package org.doudi.warehouse.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records every load in {@code load_log}: who loaded which file (by name and SHA-256), when, and
 * with what result; and answers whether the very same bytes were loaded before (已导入).
 */
@Component
public class LoadLog {

  private static final String COLUMNS =
      "id, kind, file_name, sha256, loaded_by, started_at, finished_at, status, rows_loaded, message";

  private final JdbcTemplate jdbc;

  LoadLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a load that is starting; returns its number. */
  public long start(
      LoadKind kind, String fileName, String sha256, long sizeBytes, String loadedBy) {
    Long id =
        jdbc.queryForObject(
            "INSERT INTO load_log (kind, file_name, sha256, size_bytes, loaded_by, status)"
                + " VALUES (?, ?, ?, ?, ?, 'running') RETURNING id",
            Long.class,
            kind.key(),
            fileName,
            sha256,
            sizeBytes,
            loadedBy);
    return id == null ? -1 : id;
  }

  /** Records how a load ended. */
  public void finish(long id, String status, long rowsLoaded, String message) {
    jdbc.update(
        "UPDATE load_log SET status = ?, rows_loaded = ?, message = ?, finished_at = current_timestamp"
            + " WHERE id = ?",
        status,
        rowsLoaded,
        message,
        id);
  }

  /** Returns the earlier successful load of the very same bytes, if any. */
  public Optional<LoadRecord> loadedBefore(LoadKind kind, String sha256) {
    return jdbc
        .query(
            "SELECT "
                + COLUMNS
                + " FROM load_log WHERE kind = ? AND sha256 = ? AND status = 'loaded'"
                + " ORDER BY id LIMIT 1",
            this::map,
            kind.key(),
            sha256)
        .stream()
        .findFirst();
  }

  /** Returns the most recent loads, newest first, optionally of one kind. */
  public List<LoadRecord> recent(LoadKind kind, int limit) {
    if (kind == null) {
      return jdbc.query(
          "SELECT " + COLUMNS + " FROM load_log ORDER BY id DESC LIMIT ?", this::map, limit);
    }
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM load_log WHERE kind = ? ORDER BY id DESC LIMIT ?",
        this::map,
        kind.key(),
        limit);
  }

  private LoadRecord map(ResultSet rs, int row) throws SQLException {
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
