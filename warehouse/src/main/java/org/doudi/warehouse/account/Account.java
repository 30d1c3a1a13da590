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
    OffsetDateTime lockedUntil) {

  /** Returns whether a lock-out is in force at {@code now}. */
  public boolean lockedAt(OffsetDateTime now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
