package org.doudi.dashboard.account;

import java.util.Optional;
import java.util.regex.Pattern;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.account.PasswordPolicy;
import org.doudi.warehouse.account.Role;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates and changes accounts by the product's rules, auditing every change. */
@Service
public class AccountService {

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{2,32}");

  private final AccountRepository accounts;
  private final PasswordEncoder passwordEncoder;
  private final StreetDictionary streets;
  private final AuditLog audit;

  AccountService(
      AccountRepository accounts,
      PasswordEncoder passwordEncoder,
      StreetDictionary streets,
      AuditLog audit) {
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.streets = streets;
    this.audit = audit;
  }

  /**
   * Creates an account whose person must choose their own password at the first login (the admin
   * chose this one); throws {@link AccountRejectedException} with the reason in Chinese when the
   * name, role, street or password breaks a rule.
   */
  public Account create(
      String actor,
      String username,
      Role role,
      String streetCode,
      String displayName,
      String email,
      String password) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new AccountRejectedException("用户名只能由 2–32 个字母、数字、下划线、点或连字符组成");
    }
    if (accounts.find(username).isPresent()) {
      throw new AccountRejectedException("用户名 " + username + " 已存在");
    }
    if (role == Role.STREET) {
      if (streetCode == null || streets.byCode(streetCode).isEmpty()) {
        throw new AccountRejectedException("街镇账户必须指定所属街镇（须为已知的街镇）");
      }
    } else if (streetCode != null && !streetCode.isBlank()) {
      throw new AccountRejectedException("只有街镇账户可以绑定街镇");
    }
    Optional<String> weak = PasswordPolicy.check(username, password);
    if (weak.isPresent()) {
      throw new AccountRejectedException(weak.get());
    }
    Account account =
        new Account(
            username,
            passwordEncoder.encode(password),
            role,
            role == Role.STREET ? streetCode : null,
            displayName,
            email,
            true,
            0,
            null,
            0,
            true);
    accounts.create(account);
    audit.record(actor, "user_created", username, role.key(), AuditLog.Outcome.OK);
    return account;
  }

  /**
   * Sets a new password chosen by an admin after checking it against the policy; the account's
   * sessions end and its person must choose their own password at the next login.
   */
  public void resetPassword(String actor, String username, String password) {
    requireExists(username);
    requireStrong(username, password);
    accounts.changePassword(username, passwordEncoder.encode(password), true);
    audit.record(actor, "password_reset", username, null, AuditLog.Outcome.OK);
  }

  /**
   * Sets the password a person chose for their own account, after they typed the current one right
   * (checked and counted by the caller); the new one must differ from it and be typed twice alike.
   */
  public Account changeOwnPassword(
      Account account, String currentPassword, String newPassword, String repeated) {
    if (newPassword == null || !newPassword.equals(repeated)) {
      throw new AccountRejectedException("两次输入的新密码不一致");
    }
    if (newPassword.equals(currentPassword)) {
      throw new AccountRejectedException("新密码不能与原密码相同");
    }
    requireStrong(account.username(), newPassword);
    accounts.changePassword(account.username(), passwordEncoder.encode(newPassword), false);
    audit.record(
        account.username(), "password_changed", account.username(), null, AuditLog.Outcome.OK);
    return accounts.find(account.username()).orElseThrow();
  }

  private static void requireStrong(String username, String password) {
    PasswordPolicy.check(username, password)
        .ifPresent(
            reason -> {
              throw new AccountRejectedException(reason);
            });
  }

  /** Enables or disables an account; an admin cannot disable themself. */
  public void setEnabled(String actor, String username, boolean enabled) {
    requireExists(username);
    if (!enabled && actor.equals(username)) {
      throw new AccountRejectedException("不能停用自己的账户");
    }
    accounts.setEnabled(username, enabled);
    audit.record(
        actor, enabled ? "user_enabled" : "user_disabled", username, null, AuditLog.Outcome.OK);
  }

  /** Lifts a lock-out after failed logins. */
  public void unlock(String actor, String username) {
    requireExists(username);
    accounts.clearFailedLogins(username);
    audit.record(actor, "user_unlocked", username, null, AuditLog.Outcome.OK);
  }

  private void requireExists(String username) {
    if (accounts.find(username).isEmpty()) {
      throw new AccountRejectedException("账户 " + username + " 不存在");
    }
  }
}
