package org.doudi.warehouse.audit;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Appends entries to the {@code audit_log} table; entries are never changed or removed. */
public class AuditLog {

  /** How an audited action ended. */
  public enum Outcome {
    /** The action was carried out. */
    OK,
    /** The action was refused (rights, validation). */
    REFUSED,
    /** The action failed. */
    FAILED
  }

  /**
   * One entry of the log.
   *
   * @param id its number, in the order entries were written
   * @param occurredAt when it happened, in Asia/Shanghai time
   * @param username who: an account, {@code system} or {@code cli:<os user>}
   * @param action what, e.g. {@code user_created}
   * @param target what it acted on, or null
   * @param detail more, or null
   * @param outcome ok, refused or failed
   */
  public record Entry(
      long id,
      OffsetDateTime occurredAt,
      String username,
      String action,
      String target,
      String detail,
      String outcome) {}

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final JdbcTemplate jdbc;

  /** Creates the log over the warehouse. */
  public AuditLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records that {@code username} did {@code action} on {@code target}. */
  public void record(
      String username, String action, String target, String detail, Outcome outcome) {
    jdbc.update(
        "INSERT INTO audit_log (username, action, target, detail, outcome) VALUES (?, ?, ?, ?, ?)",
        username,
        action,
        target,
        detail,
        outcome.name().toLowerCase());
  }

  /**
   * Returns how many entries {@code username} left with this action and outcome since {@code
   * since}: the log doubles as the counter of rate limits, so that a restart does not reset them.
   */
  public int count(String username, String action, Outcome outcome, OffsetDateTime since) {
    Integer count =
        jdbc.queryForObject(
            "SELECT count(*) FROM audit_log WHERE username = ? AND action = ? AND outcome = ?"
                + " AND occurred_at >= ?",
            Integer.class,
            username,
            action,
            outcome.name().toLowerCase(),
            since);
    return count == null ? 0 : count;
  }

  /** Returns the newest entries first, optionally only those of one user (exact name). */
  public List<Entry> recent(String username, int limit) {
    String where = username == null || username.isBlank() ? "" : " WHERE username = ?";
    Object[] args = where.isEmpty() ? new Object[] {limit} : new Object[] {username.strip(), limit};
    return jdbc.query(
        "SELECT id, occurred_at, username, action, target, detail, outcome FROM audit_log"
            + where
            + " ORDER BY id DESC LIMIT ?",
        (rs, row) ->
            new Entry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class)
                    .atZoneSameInstant(SHANGHAI)
                    .toOffsetDateTime(),
                rs.getString("username"),
                rs.getString("action"),
                rs.getString("target"),
                rs.getString("detail"),
                rs.getString("outcome")),
        args);
  }
}
