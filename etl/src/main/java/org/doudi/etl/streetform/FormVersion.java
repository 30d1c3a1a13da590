package org.doudi.etl.streetform;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One stored version of a street's form, as the forms page lists it.
 *
 * @param id its row in street_form
 * @param period YYYY-MM
 * @param streetCode the street
 * @param streetName the street's name
 * @param version 1 for the first upload, +1 for each resubmission
 * @param fillDate 填报日期, or null
 * @param loadedAt when it was loaded
 * @param loadedBy who loaded it
 * @param fileName the file it came from
 * @param returnedAt when the work team returned it (退回), or null
 * @param returnedBy who returned it
 * @param returnedReason why
 * @param latest whether it is the street's latest version for the period
 */
public record FormVersion(
    long id,
    String period,
    String streetCode,
    String streetName,
    int version,
    LocalDate fillDate,
    OffsetDateTime loadedAt,
    String loadedBy,
    String fileName,
    OffsetDateTime returnedAt,
    String returnedBy,
    String returnedReason,
    boolean latest) {

  /** Returns whether this version is what street_report shows for its street and period. */
  public boolean inReport() {
    return latest && returnedAt == null;
  }
}
