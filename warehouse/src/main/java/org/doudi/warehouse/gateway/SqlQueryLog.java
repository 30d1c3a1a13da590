package org.doudi.warehouse.gateway;

import java.time.OffsetDateTime;
import java.util.List;
import org.doudi.warehouse.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records every gateway query in {@code sql_query_log} (who, when, the SQL, rows, time, how it
 * ended) and in the product's {@code audit_log}; the console reads a person's history from here.
 */
public class SqlQueryLog {

  /** How a query ended, as stored in {@code sql_query_log.outcome}. */
  public enum Outcome {
    /** Rows were returned. */
    OK,
    /** The gateway would not run it. */
    REFUSED,
    /** DuckDB failed while running it. */
    FAILED,
    /** The timeout cancelled it in DuckDB. */
    TIMEOUT;

    String key() {
      return name().toLowerCase();
    }
  }

  /** What a statement was sent for, as stored in {@code sql_query_log.purpose}. */
  public enum Purpose {
    /** Run and its rows returned. */
    QUERY("", "query"),
    /** Planned for the console's 执行计划. */
    EXPLAIN("执行计划，", "explain"),
    /** Prepared by a JDBC tool (columns described, not run). */
    PREPARE("预编译，", "prepare");

    private final String label;
    private final String key;

    Purpose(String label, String key) {
      this.label = label;
      this.key = key;
    }
  }

  /**
   * One line of a person's query history.
   *
   * @param id the log row's id
   * @param occurredAt when the query was sent
   * @param channel console, cli or jdbc
   * @param sql the SQL as the person wrote it
   * @param outcome ok, refused, failed or timeout
   * @param rowCount the rows returned, null when none
   * @param elapsedMillis planning and execution time
   * @param message the refusal's or failure's reason
   */
  public record Entry(
      long id,
      OffsetDateTime occurredAt,
      String channel,
      String sql,
      String outcome,
      Long rowCount,
      long elapsedMillis,
      String message) {}

  private static final int AUDIT_TARGET_LENGTH = 500;

  private final JdbcTemplate jdbc;
  private final AuditLog audit;

  /** Creates the log over the warehouse. */
  public SqlQueryLog(JdbcTemplate jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** Records one query that was run. */
  public void record(
      String username,
      Channel channel,
      String sql,
      Outcome outcome,
      Long rows,
      boolean capped,
      long elapsedMillis,
      String message) {
    record(username, channel, Purpose.QUERY, sql, outcome, rows, capped, elapsedMillis, message);
  }

  /** Records one statement sent for {@code purpose}. */
  public void record(
      String username,
      Channel channel,
      Purpose purpose,
      String sql,
      Outcome outcome,
      Long rows,
      boolean capped,
      long elapsedMillis,
      String message) {
    String text = sql == null ? "" : sql;
    jdbc.update(
        "INSERT INTO sql_query_log (username, channel, purpose, sql_text, outcome, row_count,"
            + " capped, elapsed_ms, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        username,
        channel.key(),
        purpose.key,
        text,
        outcome.key(),
        rows,
        capped,
        elapsedMillis,
        message);
    String detail =
        channel.key()
            + "，"
            + purpose.label
            + (rows == null ? "" : "返回 " + rows + " 行" + (capped ? "（已截断）" : "") + "，")
            + "耗时 "
            + elapsedMillis
            + " 毫秒"
            + (message == null ? "" : "；" + message);
    audit.record(
        username,
        "sql_query",
        text.length() > AUDIT_TARGET_LENGTH ? text.substring(0, AUDIT_TARGET_LENGTH) + "…" : text,
        detail,
        switch (outcome) {
          case OK -> AuditLog.Outcome.OK;
          case REFUSED -> AuditLog.Outcome.REFUSED;
          case FAILED, TIMEOUT -> AuditLog.Outcome.FAILED;
        });
  }

  /** Returns a person's latest queries, newest first. */
  public List<Entry> history(String username, int limit) {
    return jdbc.query(
        "SELECT id, occurred_at, channel, sql_text, outcome, row_count, elapsed_ms, message"
            + " FROM sql_query_log WHERE username = ? ORDER BY id DESC LIMIT ?",
        (rs, i) ->
            new Entry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("channel"),
                rs.getString("sql_text"),
                rs.getString("outcome"),
                rs.getObject("row_count") == null ? null : rs.getLong("row_count"),
                rs.getLong("elapsed_ms"),
                rs.getString("message")),
        username,
        limit);
  }
}
