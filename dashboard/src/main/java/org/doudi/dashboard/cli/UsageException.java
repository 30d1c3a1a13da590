package org.doudi.dashboard.cli;

/** A command line that does not fit its command's usage; the process exits with status 2. */
public class UsageException extends RuntimeException {

  /** Creates the exception with a Chinese message saying what is wrong. */
  public UsageException(String message) {
    super(message);
  }
}
