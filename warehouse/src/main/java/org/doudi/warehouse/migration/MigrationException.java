package org.doudi.warehouse.migration;

/** Stops the start when the schema on disk and the migrations shipped disagree. */
public class MigrationException extends RuntimeException {

  /** Creates the exception with a message that names the migration. */
  public MigrationException(String message) {
    super(message);
  }

  /** Creates the exception with a message that names the migration, and the cause. */
  public MigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
