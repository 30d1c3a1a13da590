package org.doudi.etl.fileload;

/**
 * Thrown when a run stopped before every file had its outcome (a failure other than a file's
 * content, such as a full disk); the files committed so far are kept, and running the same load
 * again goes on from where it stopped.
 */
public class LoadInterruptedException extends IllegalStateException {

  private final long executionId;

  LoadInterruptedException(String message, long executionId) {
    super(message);
    this.executionId = executionId;
  }

  /** Returns the job execution that stopped. */
  public long executionId() {
    return executionId;
  }
}
