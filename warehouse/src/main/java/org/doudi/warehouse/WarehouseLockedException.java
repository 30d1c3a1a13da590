package org.doudi.warehouse;

/**
 * Thrown when another process holds the warehouse file: DuckDB lets one process open it at a time,
 * so a command run while the server is up must say so plainly.
 */
public class WarehouseLockedException extends RuntimeException {

  /** Creates the exception with the user's message in Chinese. */
  public WarehouseLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
