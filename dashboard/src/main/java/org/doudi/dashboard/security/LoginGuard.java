package org.doudi.dashboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.account.LoginAttempt;
import org.doudi.warehouse.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Decides every login, on the web and over JDBC alike: each attempt is counted before its password
 * is checked, so that a burst of parallel guesses gets no more checks than the limit; the account
 * is locked for a while at the limit; every attempt, whatever its outcome, is in the audit log.
 * Callers give the person one answer for every failure, so that it does not tell which accounts
 * exist.
 */
@Component
public class LoginGuard {

  /** The one answer for every failed login. */
  public static final String FAILED = "用户名或密码错误，或账户暂不可用";

  /** Where an attempt came from, as the audit log names it. */
  public enum Channel {
    /** The web login form. */
    WEB("网页登录"),
    /** The JDBC endpoint for desktop SQL tools. */
    JDBC("JDBC 登录"),
    /** The current password typed to change it. */
    PASSWORD_CHANGE("修改密码时核对原密码");

    private final String label;

    Channel(String label) {
      this.label = label;
    }
  }

  private static final int MAX_NAME = 64;

  private final AccountRepository accounts;
  private final PasswordEncoder passwords;
  private final AuditLog audit;
  private final Clock clock;
  private final int maxFailures;
  private final Duration lockDuration;
  private final String decoyHash;

  LoginGuard(
      AccountRepository accounts,
      PasswordEncoder passwords,
      AuditLog audit,
      Clock clock,
      @Value("${doudi.security.max-failed-logins:5}") int maxFailures,
      @Value("${doudi.security.lock-duration:15m}") Duration lockDuration) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.audit = audit;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.lockDuration = lockDuration;
    this.decoyHash = passwords.encode("decoy-password-for-unknown-names-1");
  }

  /**
   * Returns the account when {@code password} is right and the account may log in now; empty for
   * every other outcome, each of which is audited with its true reason.
   */
  public Optional<Account> attempt(String username, String password, Channel channel) {
    String name = username == null ? "" : username.strip();
    String shown = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) + "…" : name;
    if (name.isEmpty() || name.length() > MAX_NAME || password == null) {
      refuse(shown, channel, "用户名不存在");
      return Optional.empty();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<LoginAttempt> counted = accounts.countLoginAttempt(name, now);
    if (counted.isEmpty()) {
      // no check to make, but as slow as one, so that timing does not tell the names either
      passwords.matches(password, decoyHash);
      boolean exists = accounts.find(name).isPresent();
      refuse(name, channel, exists ? "账户已停用，未校验密码" : "用户名不存在");
      return Optional.empty();
    }
    LoginAttempt attempt = counted.get();
    Account account = attempt.account();
    if (account.lockedAt(now) || attempt.number() > maxFailures) {
      refuse(name, channel, "账户已锁定，未校验密码（第 " + attempt.number() + " 次尝试）");
      return Optional.empty();
    }
    if (!passwords.matches(password, account.passwordHash())) {
      if (attempt.number() >= maxFailures) {
        accounts.lock(name, now.plus(lockDuration));
        audit.record(
            name,
            "account_locked",
            name,
            channel.label
                + "：密码错误，连续失败 "
                + attempt.number()
                + " 次，锁定 "
                + lockDuration.toMinutes()
                + " 分钟",
            AuditLog.Outcome.REFUSED);
      } else {
        refuse(name, channel, "密码错误（连续第 " + attempt.number() + " 次）");
      }
      return Optional.empty();
    }
    accounts.clearFailedLogins(name);
    audit.record(name, "login", name, channel.label, AuditLog.Outcome.OK);
    return Optional.of(account);
  }

  private void refuse(String username, Channel channel, String reason) {
    audit.record(
        username, "login_failed", username, channel.label + "：" + reason, AuditLog.Outcome.REFUSED);
  }

  /**
   * Returns whether a session that logged in as {@code account} at {@code credentialVersion} may
   * still act: the account is enabled, not locked, and its password has not been reset or changed.
   */
  public boolean stillValid(Account account, int credentialVersion) {
    return account.enabled()
        && !account.lockedAt(OffsetDateTime.now(clock))
        && account.credentialVersion() == credentialVersion;
  }
}
