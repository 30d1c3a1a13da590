package org.doudi.warehouse.account;

import java.util.Arrays;
import java.util.Optional;

/** What an account may do, as DOMAIN.md's users table says. */
public enum Role {
  /** 管理员: users, schedules, recipients. */
  ADMIN("管理员"),
  /** 领导小组: all streets, aggregates, no complainant identities. */
  LEADER("领导小组"),
  /** 工作专班: reconciles figures, ad-hoc SQL, audited look at one case's personal data. */
  ANALYST("工作专班"),
  /** 街镇: uploads and sees its own street only. */
  STREET("街镇");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /** Returns the role as stored and typed: {@code admin}, {@code leader}, ... */
  public String key() {
    return name().toLowerCase();
  }

  /** Returns the role's Chinese name. */
  public String label() {
    return label;
  }

  /** Returns the role with this key. */
  public static Optional<Role> byKey(String key) {
    return Arrays.stream(values()).filter(r -> r.key().equals(key)).findFirst();
  }
}
