package org.doudi.warehouse.account;

import java.time.OffsetDateTime;

/**
 * An account of a person who uses doudi.
 *
 * @param username the login name
 * @param passwordHash the bcrypt hash of the password
 * @param role what the account may do
 * @param streetCode the street a {@link Role#STREET} account is bound to; null for the others
 * @param displayName the person's name as shown on pages
 * @param email where reports and reminders go
 * @param enabled false once an admin disabled the account
 * @param failedLogins failed logins since the last successful one
 * @param lockedUntil when a lock-out after failed logins ends; null when not locked
 * @param credentialVersion bumped whenever the password is reset or changed or the account is
 *     disabled: a session that logged in under an older version is ended
 * @param mustChangePassword true while the account still has a password the admin chose
 */
public record Account(
    String username,
    String passwordHash,
    Role role,
    String streetCode,
    String displayName,
    String email,
    boolean enabled,
    int failedLogins,
    OffsetDateTime lockedUntil,
    int credentialVersion,
    boolean mustChangePassword) {

  /** Creates an account at credential version 0 that need not change its password. */
  public Account(
      String username,
      String passwordHash,
      Role role,
      String streetCode,
      String displayName,
      String email,
      boolean enabled,
      int failedLogins,
      OffsetDateTime lockedUntil) {
    this(
        username,
        passwordHash,
        role,
        streetCode,
        displayName,
        email,
        enabled,
        failedLogins,
        lockedUntil,
        0,
        false);
  }

  /** Returns whether a lock-out is in force at {@code now}. */
  public boolean lockedAt(OffsetDateTime now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** Returns this account as one that must (or need not) change its password at the next login. */
  public Account withMustChangePassword(boolean mustChange) {
    return new Account(
        username,
        passwordHash,
        role,
        streetCode,
        displayName,
        email,
        enabled,
        failedLogins,
        lockedUntil,
        credentialVersion,
        mustChange);
  }
}
