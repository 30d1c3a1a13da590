package org.doudi.dashboard.security;

import java.util.List;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in person: a Spring Security user that also knows its role and its street. */
public class DoudiUser extends User {

  private final Role role;
  private final String streetCode;
  private final String displayName;
  private final int credentialVersion;
  private final boolean fromLogin;

  /** Creates the user of an account, locked when a lock-out is in force. */
  public DoudiUser(Account account, boolean locked) {
    this(account, locked, false);
  }

  private DoudiUser(Account account, boolean locked, boolean fromLogin) {
    super(
        account.username(),
        account.passwordHash(),
        account.enabled(),
        true,
        true,
        !locked,
        List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
    this.role = account.role();
    this.streetCode = account.streetCode();
    this.displayName = account.displayName() == null ? account.username() : account.displayName();
    this.credentialVersion = account.credentialVersion();
    this.fromLogin = fromLogin;
  }

  /** Returns the user of an account whose password was just checked. */
  static DoudiUser loggedIn(Account account) {
    return new DoudiUser(account, false, true);
  }

  /** Returns the credential version the session logged in under. */
  int credentialVersion() {
    return credentialVersion;
  }

  /** Returns whether this user came from a login (rather than being made up in code). */
  boolean fromLogin() {
    return fromLogin;
  }

  /** Returns the account's role. */
  public Role role() {
    return role;
  }

  /** Returns the street a street account is bound to; null for other roles. */
  public String streetCode() {
    return streetCode;
  }

  /** Returns the name to greet the person with. */
  public String displayName() {
    return displayName;
  }
}
