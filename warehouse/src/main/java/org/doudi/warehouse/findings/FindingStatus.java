package org.doudi.warehouse.findings;

import java.util.Arrays;
import java.util.Optional;

/** Where the work team is with a finding. */
public enum FindingStatus {
  /** Found and not yet looked at (待处理). */
  OPEN("待处理"),
  /** An analyst explained why the figures are as they are (已说明). */
  EXPLAINED("已说明"),
  /** An analyst recorded that the street corrected its data (已更正). */
  CORRECTED("已更正"),
  /** A recomputation no longer found it, e.g. after a corrected form (已关闭). */
  CLOSED("已关闭");

  private final String label;

  FindingStatus(String label) {
    this.label = label;
  }

  /** Returns the status as stored: {@code open}, {@code explained}, ... */
  public String key() {
    return name().toLowerCase();
  }

  /** Returns the status in Chinese. */
  public String label() {
    return label;
  }

  /** Returns the status with this key. */
  public static Optional<FindingStatus> byKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
  }
}
