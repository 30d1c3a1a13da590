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

  /** Creates the user of an account, locked when a lock-out is in force. */
  public DoudiUser(Account account, boolean locked) {
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
