package org.doudi.warehouse.money;

/**
 * A street's removals over a range of months: as its forms report them (清退人数) and as its removal
 * lists name them (清退名单), compared month by month and kind by kind.
 *
 * @param streetCode the street
 * @param streetName the street's name
 * @param formRemoved persons removed by the forms
 * @param listed persons named on the removal lists
 * @param confirmed the forms' removals a list confirms (per month and kind, the smaller of the two)
 * @param sentList whether the street has sent a removal list at all
 */
public record RemovalsAgainstForm(
    String streetCode,
    String streetName,
    long formRemoved,
    long listed,
    long confirmed,
    boolean sentList) {

  /** Returns the forms' removals no list confirms: taken on trust from the form. */
  public long onTrust() {
    return formRemoved - confirmed;
  }

  /** Returns the persons a list names beyond the form's figure. */
  public long listedBeyondForm() {
    return listed - confirmed;
  }
}
