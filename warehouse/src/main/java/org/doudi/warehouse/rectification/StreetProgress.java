package org.doudi.warehouse.rectification;

/**
 * Where one street's problem list stands: its items by state and how many are overdue.
 *
 * @param streetCode the street, null for the district's own items (区级)
 * @param streetName the street's name, 区级 for the district's own
 * @param items all items
 * @param inProgress 整改中
 * @param rectified 已整改, not yet 销号
 * @param closedPending 已销号 as the street reports it, not yet accepted by the work team
 * @param accepted 已销号 and accepted (已确认) by the work team: closed for good
 * @param overdue past 整改时限 and not 已销号
 */
public record StreetProgress(
    String streetCode,
    String streetName,
    long items,
    long inProgress,
    long rectified,
    long closedPending,
    long accepted,
    long overdue) {

  /** Returns the items the street reports 已销号, accepted or not. */
  public long closed() {
    return closedPending + accepted;
  }
}
