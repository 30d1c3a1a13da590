package org.doudi.reports.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mail outbox in the warehouse ({@code mail_outbox}): what is to be sent, what was sent and
 * what failed, with the server's answer. Keeping it in the warehouse file makes it survive a
 * restart and travel with a backup.
 */
@Component
public class Outbox {

  private static final String COLUMNS =
      "id, kind, schedule_id, period, street_code, recipient, subject, state, attempts,"
          + " next_attempt_at, last_answer, created_at, sent_at";

  private final JdbcTemplate jdbc;

  Outbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Puts a mail in the outbox; returns false when one with the same key is already there. */
  boolean enqueue(OutboxMail mail) {
    int rows =
        jdbc.update(
            "INSERT INTO mail_outbox (dedup_key, kind, schedule_id, period, street_code, recipient,"
                + " subject, body, format, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (dedup_key) DO NOTHING",
            mail.dedupKey(),
            mail.kind(),
            mail.scheduleId(),
            mail.period(),
            mail.streetCode(),
            mail.recipient(),
            mail.subject(),
            mail.body(),
            mail.format(),
            mail.createdBy());
    return rows > 0;
  }

  /** Returns the entry with this key, if any. */
  Optional<OutboxEntry> byKey(String dedupKey) {
    return jdbc
        .query("SELECT " + COLUMNS + " FROM mail_outbox WHERE dedup_key = ?", Outbox::map, dedupKey)
        .stream()
        .findFirst();
  }

  /** Returns the newest entries first. */
  public List<OutboxEntry> recent(int limit) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM mail_outbox ORDER BY id DESC LIMIT ?", Outbox::map, limit);
  }

  /** Returns how many entries are in each state. */
  public Map<String, Long> countByState() {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    counts.put("pending", 0L);
    counts.put("sent", 0L);
    counts.put("failed", 0L);
    jdbc.query(
        "SELECT state, count(*) FROM mail_outbox GROUP BY state",
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        });
    return counts;
  }

  /** Returns the pending entries due at {@code now}, oldest first. */
  List<OutboxEntry> due(Instant now) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM mail_outbox WHERE state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id",
        Outbox::map,
        at(now));
  }

  /** Returns the body of an entry. */
  String body(long id) {
    return jdbc.queryForObject("SELECT body FROM mail_outbox WHERE id = ?", String.class, id);
  }

  /** Returns the attachment format of an entry, or null. */
  String format(long id) {
    return jdbc.queryForObject("SELECT format FROM mail_outbox WHERE id = ?", String.class, id);
  }

  /** Records that the server accepted the mail. */
  void sent(long id, String answer, Instant at) {
    jdbc.update(
        "UPDATE mail_outbox SET state = 'sent', attempts = attempts + 1, last_answer = ?, sent_at = ?"
            + " WHERE id = ? AND state = 'pending'",
        answer,
        at(at),
        id);
  }

  /** Records a failed attempt; the mail is tried again at {@code retryAt}, or never when null. */
  void attemptFailed(long id, String answer, Instant retryAt) {
    if (retryAt == null) {
      jdbc.update(
          "UPDATE mail_outbox SET state = 'failed', attempts = attempts + 1, last_answer = ?"
              + " WHERE id = ?",
          answer,
          id);
    } else {
      jdbc.update(
          "UPDATE mail_outbox SET attempts = attempts + 1, last_answer = ?, next_attempt_at = ?"
              + " WHERE id = ?",
          answer,
          at(retryAt),
          id);
    }
  }

  /** Notes why a pending mail waits without counting an attempt (no mail server configured). */
  void waiting(long id, String reason) {
    jdbc.update(
        "UPDATE mail_outbox SET last_answer = ? WHERE id = ? AND state = 'pending'", reason, id);
  }

  /** Puts a failed or pending entry back in line to be sent now (an administrator's 重新发送). */
  public void retryNow(long id) {
    jdbc.update(
        "UPDATE mail_outbox SET state = 'pending', next_attempt_at = NULL WHERE id = ? AND state <> 'sent'",
        id);
  }

  private static OutboxEntry map(ResultSet rs, int row) throws SQLException {
    Object schedule = rs.getObject("schedule_id");
    return new OutboxEntry(
        rs.getLong("id"),
        rs.getString("kind"),
        schedule == null ? null : ((Number) schedule).longValue(),
        rs.getString("period"),
        rs.getString("street_code"),
        rs.getString("recipient"),
        rs.getString("subject"),
        rs.getString("state"),
        rs.getInt("attempts"),
        time(rs, "next_attempt_at"),
        rs.getString("last_answer"),
        time(rs, "created_at"),
        time(rs, "sent_at"));
  }

  /** Returns an instant as DuckDB binds a TIMESTAMPTZ. */
  static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
    Object value = rs.getObject(column);
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime odt) {
      return odt;
    }
    if (value instanceof Timestamp ts) {
      return ts.toInstant().atOffset(ZoneOffset.ofHours(8));
    }
    return rs.getObject(column, OffsetDateTime.class);
  }
}
