package org.doudi.dashboard.street;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One uploaded version of a street's form.
 *
 * @param period the month
 * @param version 1 for the first upload, +1 for each resubmission
 * @param fillDate the form's 填报日期
 * @param loadedAt when it was loaded
 * @param contactName the clerk named on the form (联系人)
 * @param returnedAt when the work team returned it (退回); null if not
 * @param returnedReason why it was returned
 * @param removed persons removed, all kinds
 * @param recovered yuan recovered, all kinds
 * @param current whether this version is the one the views use
 */
public record FormVersion(
    String period,
    int version,
    LocalDate fillDate,
    OffsetDateTime loadedAt,
    String contactName,
    OffsetDateTime returnedAt,
    String returnedReason,
    long removed,
    BigDecimal recovered,
    boolean current) {

  /** Returns the yuan recovered with 千分位. */
  public String recoveredText() {
    return String.format(java.util.Locale.ROOT, "%,.2f", recovered);
  }
}
