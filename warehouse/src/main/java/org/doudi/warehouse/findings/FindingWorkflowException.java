package org.doudi.warehouse.findings;

/** Thrown when a workflow action does not fit the finding's status or lacks its reason. */
public class FindingWorkflowException extends RuntimeException {

  /** Creates the exception with a Chinese message saying why. */
  public FindingWorkflowException(String message) {
    super(message);
  }
}
