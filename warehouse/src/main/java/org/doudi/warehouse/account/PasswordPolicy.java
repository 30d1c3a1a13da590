package org.doudi.warehouse.account;

import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a password may be set: at least 10 characters, letters and digits, and not
 * containing the account's name.
 */
public final class PasswordPolicy {

  /** The shortest password accepted. */
  public static final int MIN_LENGTH = 10;

  private PasswordPolicy() {}

  /** Returns why the password is refused, in Chinese, or empty when it is acceptable. */
  public static Optional<String> check(String username, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of("密码至少需要 " + MIN_LENGTH + " 个字符");
    }
    boolean letter = password.chars().anyMatch(Character::isLetter);
    boolean digit = password.chars().anyMatch(Character::isDigit);
    if (!letter || !digit) {
      return Optional.of("密码必须同时包含字母和数字");
    }
    if (username != null
        && !username.isBlank()
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      return Optional.of("密码不能包含用户名");
    }
    return Optional.empty();
  }
}
