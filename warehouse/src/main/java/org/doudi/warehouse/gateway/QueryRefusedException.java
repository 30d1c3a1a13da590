package org.doudi.warehouse.gateway;

/**
 * Thrown when the gateway will not run a statement (not one read-only query over the analysis
 * views), or when DuckDB stopped it (timeout); the message says why in Chinese.
 */
public class QueryRefusedException extends RuntimeException {

  private final boolean timedOut;

  /** Creates a refusal with the person's message. */
  public QueryRefusedException(String message) {
    this(message, false, null);
  }

  QueryRefusedException(String message, boolean timedOut, Throwable cause) {
    super(message, cause);
    this.timedOut = timedOut;
  }

  /** Returns whether the query was stopped by the timeout rather than refused before running. */
  public boolean timedOut() {
    return timedOut;
  }
}
