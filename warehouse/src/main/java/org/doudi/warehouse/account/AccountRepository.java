package org.doudi.warehouse.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads and writes accounts in the {@code app_user} table. Writes are serialised: DuckDB refuses
 * two transactions updating the same row ("Conflict on tuple deletion"), which a burst of logins
 * would otherwise cause on the failed-login counter.
 */
public class AccountRepository {

  private static final String COLUMNS =
      "username, password_hash, role, street_code, display_name, email, enabled, failed_logins,"
          + " locked_until, credential_version, must_change_password";

  private final JdbcTemplate jdbc;

  /** Creates the repository over the warehouse. */
  public AccountRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns the account with this name. */
  public Optional<Account> find(String username) {
    return jdbc
        .query("SELECT " + COLUMNS + " FROM app_user WHERE username = ?", this::map, username)
        .stream()
        .findFirst();
  }

  /** Returns every account, ordered by name. */
  public List<Account> findAll() {
    return jdbc.query("SELECT " + COLUMNS + " FROM app_user ORDER BY role, username", this::map);
  }

  /** Returns whether any enabled admin account exists. */
  public boolean adminExists() {
    Integer count =
        jdbc.queryForObject("SELECT count(*) FROM app_user WHERE role = 'admin'", Integer.class);
    return count != null && count > 0;
  }

  /** Stores a new account; the password must already be hashed. */
  public synchronized void create(Account account) {
    jdbc.update(
        "INSERT INTO app_user (username, password_hash, role, street_code, display_name, email, enabled,"
            + " must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        account.username(),
        account.passwordHash(),
        account.role().key(),
        account.streetCode(),
        account.displayName(),
        account.email(),
        account.enabled(),
        account.mustChangePassword());
  }

  /**
   * Sets a new password hash, clears any lock-out and ends the account's sessions; {@code
   * mustChange} says whether the person must choose another at the next login (after an admin's
   * reset).
   */
  public synchronized void changePassword(
      String username, String passwordHash, boolean mustChange) {
    jdbc.update(
        "UPDATE app_user SET password_hash = ?, password_changed_at = current_timestamp,"
            + " failed_logins = 0, locked_until = NULL, must_change_password = ?,"
            + " credential_version = credential_version + 1 WHERE username = ?",
        passwordHash,
        mustChange,
        username);
  }

  /** Sets a new password hash the person chose themself, ending the account's other sessions. */
  public void changePassword(String username, String passwordHash) {
    changePassword(username, passwordHash, false);
  }

  /** Enables or disables an account; disabling ends its sessions. */
  public synchronized void setEnabled(String username, boolean enabled) {
    jdbc.update(
        "UPDATE app_user SET enabled = ?, failed_logins = 0, locked_until = NULL,"
            + " credential_version = credential_version + CASE WHEN ? THEN 0 ELSE 1 END"
            + " WHERE username = ?",
        enabled,
        enabled,
        username);
  }

  /**
   * Counts a login attempt of an enabled account in one statement, before its password is checked:
   * parallel attempts each get their own number, so no more than the limit are ever checked. A
   * lock-out that has run out starts the count again. Empty when there is no such enabled account.
   */
  public synchronized Optional<LoginAttempt> countLoginAttempt(
      String username, OffsetDateTime now) {
    return jdbc
        .query(
            "UPDATE app_user SET"
                + " failed_logins = CASE WHEN locked_until IS NOT NULL AND locked_until <= ?"
                + "   THEN 1 ELSE failed_logins + 1 END,"
                + " locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= ?"
                + "   THEN NULL ELSE locked_until END"
                + " WHERE username = ? AND enabled RETURNING "
                + COLUMNS,
            this::map,
            now,
            now,
            username)
        .stream()
        .findFirst()
        .map(account -> new LoginAttempt(account, account.failedLogins()));
  }

  /** Locks an account until {@code until} after too many failed logins. */
  public synchronized void lock(String username, OffsetDateTime until) {
    jdbc.update("UPDATE app_user SET locked_until = ? WHERE username = ?", until, username);
  }

  /** Records a failed login; locks the account until {@code lockUntil} when given. */
  public synchronized void recordFailedLogin(String username, OffsetDateTime lockUntil) {
    jdbc.update(
        "UPDATE app_user SET failed_logins = failed_logins + 1, locked_until = coalesce(?, locked_until)"
            + " WHERE username = ?",
        lockUntil,
        username);
  }

  /** Clears failed logins and any lock-out, after a successful login or an admin's unlock. */
  public synchronized void clearFailedLogins(String username) {
    jdbc.update(
        "UPDATE app_user SET failed_logins = 0, locked_until = NULL"
            + " WHERE username = ? AND (failed_logins <> 0 OR locked_until IS NOT NULL)",
        username);
  }

  private Account map(ResultSet rs, int row) throws SQLException {
    return new Account(
        rs.getString("username"),
        rs.getString("password_hash"),
        Role.byKey(rs.getString("role")).orElseThrow(),
        rs.getString("street_code"),
        rs.getString("display_name"),
        rs.getString("email"),
        rs.getBoolean("enabled"),
        rs.getInt("failed_logins"),
        rs.getObject("locked_until", OffsetDateTime.class),
        rs.getInt("credential_version"),
        rs.getBoolean("must_change_password"));
  }
}
