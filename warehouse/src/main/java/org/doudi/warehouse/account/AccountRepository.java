package org.doudi.warehouse.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads and writes accounts in the {@code app_user} table. */
public class AccountRepository {

  private static final String COLUMNS =
      "username, password_hash, role, street_code, display_name, email, enabled, failed_logins, locked_until";

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
  public void create(Account account) {
    jdbc.update(
        "INSERT INTO app_user (username, password_hash, role, street_code, display_name, email, enabled)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        account.username(),
        account.passwordHash(),
        account.role().key(),
        account.streetCode(),
        account.displayName(),
        account.email(),
        account.enabled());
  }

  /** Sets a new password hash and clears any lock-out. */
  public void changePassword(String username, String passwordHash) {
    jdbc.update(
        "UPDATE app_user SET password_hash = ?, password_changed_at = current_timestamp,"
            + " failed_logins = 0, locked_until = NULL WHERE username = ?",
        passwordHash,
        username);
  }

  /** Enables or disables an account. */
  public void setEnabled(String username, boolean enabled) {
    jdbc.update("UPDATE app_user SET enabled = ? WHERE username = ?", enabled, username);
  }

  /** Records a failed login; locks the account until {@code lockUntil} when given. */
  public void recordFailedLogin(String username, OffsetDateTime lockUntil) {
    jdbc.update(
        "UPDATE app_user SET failed_logins = failed_logins + 1, locked_until = coalesce(?, locked_until)"
            + " WHERE username = ?",
        lockUntil,
        username);
  }

  /** Clears failed logins and any lock-out, after a successful login or an admin's unlock. */
  public void clearFailedLogins(String username) {
    jdbc.update(
        "UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = ?", username);
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
        rs.getObject("locked_until", OffsetDateTime.class));
  }
}
