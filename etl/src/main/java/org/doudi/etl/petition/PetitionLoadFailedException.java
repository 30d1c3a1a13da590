package org.doudi.etl.petition;

/**
 * Thrown when a petition load failed for a reason other than the file's content (for example a
 * concurrent writer); the staged copy is kept so that {@link PetitionLoader#restart} resumes it.
 */
public class PetitionLoadFailedException extends Exception {

  private final long executionId;

  PetitionLoadFailedException(long executionId, String message, Throwable cause) {
    super(message, cause);
    this.executionId = executionId;
  }

  /** Returns the failed job execution, to pass to {@link PetitionLoader#restart}. */
  public long executionId() {
    return executionId;
  }
}
