package org.doudi.warehouse.rectification;

/** Where a problem-list item came from, as stored in {@code rectification_record.origin_kind}. */
public enum SourceKind {
  /** A street's or the district's ledger file. */
  FILE("file", "自查自纠"),
  /** Entered by hand in the product. */
  MANUAL("manual", "自查自纠"),
  /** A finding of the checks ({@code finding_record.id}). */
  FINDING("finding", "核查发现"),
  /** A real-name complaint ({@code petition_case.case_no}). */
  COMPLAINT("complaint", "信访举报"),
  /** A clue (问题线索), by the reference the work team gives it. */
  CLUE("clue", "核查发现");

  private final String key;
  private final String defaultSource;

  SourceKind(String key, String defaultSource) {
    this.key = key;
    this.defaultSource = defaultSource;
  }

  /** Returns the key as stored. */
  public String key() {
    return key;
  }

  /** Returns the 问题来源 an item from here gets unless told otherwise. */
  public String defaultSource() {
    return defaultSource;
  }
}
