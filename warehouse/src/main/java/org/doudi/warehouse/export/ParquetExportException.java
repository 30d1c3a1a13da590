package org.doudi.warehouse.export;

/** Says in Chinese why an export was refused or failed; nothing is left in the target folder. */
public class ParquetExportException extends RuntimeException {

  /** Creates the exception with a message a person reads. */
  public ParquetExportException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception with a message a person reads. */
  public ParquetExportException(String message) {
    super(message);
  }
}
