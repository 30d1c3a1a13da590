package org.doudi.reports.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
          + " next_attempt_at, last_answer, created_at, sent_at, origin, sending_since, message_id,"
          + " outcome_unknown";
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final JdbcTemplate jdbc;

  Outbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Puts a mail the server sends (and retries) in the outbox; returns false when one with the same
   * key is already there.
   */
  boolean enqueue(OutboxMail mail) {
    return insert(mail, "server");
  }

  /**
   * Puts a mail the running command sends itself in the outbox; the server never sends it, so a
   * command that dies leaves it to be reported, not sent behind anyone's back.
   */
  boolean enqueueForCommand(OutboxMail mail) {
    return insert(mail, "cli");
  }

  private boolean insert(OutboxMail mail, String origin) {
    int rows =
        jdbc.update(
            "INSERT INTO mail_outbox (dedup_key, kind, schedule_id, period, street_code, recipient,"
                + " subject, body, format, created_by, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
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
            mail.createdBy(),
            origin);
    return rows > 0;
  }

  /** Returns how many entries were forced again with {@code --resend} under this key. */
  int resends(String dedupKey) {
    Long count =
        jdbc.queryForObject(
            "SELECT count(*) FROM mail_outbox WHERE starts_with(dedup_key, ?)",
            Long.class,
            dedupKey + ":resend:");
    return count == null ? 0 : count.intValue();
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
    return page(0, limit);
  }

  /** Returns one page of the entries, newest first, skipping {@code offset} of them. */
  public List<OutboxEntry> page(long offset, int limit) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM mail_outbox ORDER BY id DESC LIMIT ? OFFSET ?",
        Outbox::map,
        limit,
        offset);
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
            + " FROM mail_outbox WHERE state = 'pending' AND origin = 'server' AND outcome_unknown IS NOT TRUE"
            + " AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id",
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

  /**
   * Returns the entry's Message-ID, fixing it first if it has none, so that every attempt of one
   * entry carries the same one.
   */
  String messageId(long id, String fresh) {
    jdbc.update(
        "UPDATE mail_outbox SET message_id = ? WHERE id = ? AND message_id IS NULL", fresh, id);
    return jdbc.queryForObject("SELECT message_id FROM mail_outbox WHERE id = ?", String.class, id);
  }

  /**
   * Records, before the message goes to the SMTP server, that it is on its way: a process that dies
   * before the answer is recorded leaves this mark for the next start to find.
   */
  void sending(long id, Instant at) {
    jdbc.update("UPDATE mail_outbox SET sending_since = ? WHERE id = ?", at(at), id);
  }

  /** Records that the server accepted the mail. */
  void sent(long id, String answer, Instant at) {
    jdbc.update(
        "UPDATE mail_outbox SET state = 'sent', attempts = attempts + 1, last_answer = ?, sent_at = ?,"
            + " sending_since = NULL, outcome_unknown = false WHERE id = ? AND state <> 'sent'",
        answer,
        at(at),
        id);
  }

  /** Records a failed attempt; the mail is tried again at {@code retryAt}, or never when null. */
  void attemptFailed(long id, String answer, Instant retryAt) {
    if (retryAt == null) {
      jdbc.update(
          "UPDATE mail_outbox SET state = 'failed', attempts = attempts + 1, last_answer = ?,"
              + " sending_since = NULL WHERE id = ?",
          answer,
          id);
    } else {
      jdbc.update(
          "UPDATE mail_outbox SET attempts = attempts + 1, last_answer = ?, next_attempt_at = ?,"
              + " sending_since = NULL WHERE id = ?",
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

  /**
   * Puts a failed or pending entry back in line for the server to send now (an administrator's
   * 重新发送): a person's word, so an entry whose outcome was unknown goes again, with its Message-ID.
   */
  public void retryNow(long id) {
    jdbc.update(
        "UPDATE mail_outbox SET state = 'pending', next_attempt_at = NULL, origin = 'server',"
            + " outcome_unknown = false WHERE id = ? AND state <> 'sent'",
        id);
  }

  /** Puts a command's entry that is not sent back to pending, for the command to send it now. */
  void reopenForCommand(long id) {
    jdbc.update(
        "UPDATE mail_outbox SET state = 'pending', next_attempt_at = NULL, origin = 'cli',"
            + " outcome_unknown = false WHERE id = ? AND state <> 'sent'",
        id);
  }

  /**
   * Marks what a dead process left behind, at a start (DuckDB lets one process hold the file, so
   * every earlier process is gone): a mail on its way to the SMTP server becomes failed with its
   * outcome unknown (it may have arrived: never resent without a person's word), a command's mail
   * that was not sent becomes failed (the command's rerun sends it). Returns the entries marked.
   */
  List<OutboxEntry> markInterrupted() {
    List<OutboxEntry> marked =
        jdbc.query(
            "SELECT "
                + COLUMNS
                + " FROM mail_outbox WHERE state = 'pending' AND (sending_since IS NOT NULL OR origin = 'cli')"
                + " ORDER BY id",
            Outbox::map);
    for (OutboxEntry entry : marked) {
      if (entry.origin().equals("cli") && entry.sendingSince() == null) {
        jdbc.update(
            "UPDATE mail_outbox SET state = 'failed', last_answer = ? WHERE id = ?",
            "发送它的命令已中断，邮件未发送；重新运行同一命令即可补发（已发出的不会重发）",
            entry.id());
      } else {
        jdbc.update(
            "UPDATE mail_outbox SET state = 'failed', outcome_unknown = true, sending_since = NULL,"
                + " last_answer = ? WHERE id = ?",
            "发送途中程序中断（"
                + entry.sendingSince().atZoneSameInstant(SHANGHAI).format(MINUTE)
                + " 起），邮件服务器可能已收下，为免重复未自动重发；请向收件人确认，需要时再发（Message-ID "
                + entry.messageId()
                + "）",
            entry.id());
      }
    }
    return marked;
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
        time(rs, "sent_at"),
        rs.getString("origin"),
        time(rs, "sending_since"),
        rs.getString("message_id"),
        rs.getBoolean("outcome_unknown"));
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
