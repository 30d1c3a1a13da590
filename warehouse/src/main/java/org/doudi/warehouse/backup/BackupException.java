package org.doudi.warehouse.backup;

/** A backup that could not be written; the message says why, in Chinese. */
public class BackupException extends RuntimeException {

  /** Creates the exception with the reason. */
  public BackupException(String message) {
    super(message);
  }

  /** Creates the exception with the reason and its cause. */
  public BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
