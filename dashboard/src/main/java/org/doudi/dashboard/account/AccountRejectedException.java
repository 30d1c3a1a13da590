package org.doudi.dashboard.account;

/** An account change that breaks a rule; the message says which, in Chinese. */
public class AccountRejectedException extends RuntimeException {

  /** Creates the exception with the reason. */
  public AccountRejectedException(String message) {
    super(message);
  }
}
