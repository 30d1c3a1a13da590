package org.doudi.dashboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and locks the account for a while after too many, so that a
 * password cannot be guessed by trying; every outcome goes to the audit log.
 */
@Component
class LoginAttempts {

  private final AccountRepository accounts;
  private final AuditLog audit;
  private final Clock clock;
  private final int maxFailures;
  private final Duration lockDuration;

  LoginAttempts(
      AccountRepository accounts,
      AuditLog audit,
      Clock clock,
      @Value("${doudi.security.max-failed-logins:5}") int maxFailures,
      @Value("${doudi.security.lock-duration:15m}") Duration lockDuration) {
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.lockDuration = lockDuration;
  }

  @EventListener
  void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    String username = event.getAuthentication().getName();
    accounts
        .find(username)
        .ifPresent(
            account -> {
              boolean lock = account.failedLogins() + 1 >= maxFailures;
              OffsetDateTime until = lock ? OffsetDateTime.now(clock).plus(lockDuration) : null;
              accounts.recordFailedLogin(username, until);
              audit.record(
                  username,
                  lock ? "account_locked" : "login_failed",
                  username,
                  "连续失败 " + (account.failedLogins() + 1) + " 次",
                  AuditLog.Outcome.REFUSED);
            });
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    String username = event.getAuthentication().getName();
    accounts.clearFailedLogins(username);
    audit.record(username, "login", username, null, AuditLog.Outcome.OK);
  }
}
