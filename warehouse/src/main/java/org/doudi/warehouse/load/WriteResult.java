package org.doudi.warehouse.load;

/**
 * What a writer did with one file's rows.
 *
 * @param added rows new to the warehouse
 * @param updated rows that updated (or replaced) earlier rows of the same key
 */
public record WriteResult(long added, long updated) {

  /** Returns the rows written. */
  public long total() {
    return added + updated;
  }
}
