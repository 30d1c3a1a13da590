package org.doudi.warehouse.audit;

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
}
