package org.doudi.warehouse.load;

/** What a load brought in. */
public enum LoadKind {
  /** A street's statistics form (统计表). */
  STREET_FORM,
  /** Figures reported to discipline inspection (纪委监委报送数据). */
  DISCIPLINE,
  /** A petition or hotline log (信访/热线台账). */
  PETITIONS,
  /** The demo data set (演示数据). */
  DEMO;

  /** Returns the kind as stored in {@code load_log.kind}. */
  public String key() {
    return name().toLowerCase();
  }
}
