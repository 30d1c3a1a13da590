package org.doudi.warehouse.dictionary;

import java.util.Optional;

/**
 * Which streets' rows a caller may see and change: all of them (work team, leaders, the command
 * line) or one street (a street clerk). Repositories filter by it in SQL, so a clerk's request
 * never reads another street's rows. The web layer makes it from the logged-in account's bound
 * street ({@link #bound}).
 *
 * @param streetCode the one street, or null for all
 */
public record StreetAccess(String streetCode) {

  /** Every street. */
  public static StreetAccess all() {
    return new StreetAccess(null);
  }

  /** One street only. */
  public static StreetAccess of(String streetCode) {
    if (streetCode == null || streetCode.isBlank()) {
      throw new IllegalArgumentException("街镇账户必须指定街镇");
    }
    return new StreetAccess(streetCode);
  }

  /** Every street when {@code boundStreet} is empty, else that street only. */
  public static StreetAccess bound(Optional<String> boundStreet) {
    return boundStreet.map(StreetAccess::of).orElseGet(StreetAccess::all);
  }

  /** Returns the one street, if the scope is limited to one. */
  public Optional<String> street() {
    return Optional.ofNullable(streetCode);
  }

  /** Returns whether a row of this street (null: the district's own) is in scope. */
  public boolean permits(String rowStreet) {
    return streetCode == null || streetCode.equals(rowStreet);
  }

  /** Returns a condition on {@code column} for SQL, binding {@link #streetCode} twice. */
  public String condition(String column) {
    return "(CAST(? AS VARCHAR) IS NULL OR " + column + " = ?)";
  }
}
