package org.doudi.warehouse.findings;

/** Thrown when no finding has the number asked for. */
public class FindingNotFoundException extends RuntimeException {

  /** Creates the exception for a finding's number. */
  public FindingNotFoundException(long id) {
    super("没有编号为 " + id + " 的核查发现");
  }
}
