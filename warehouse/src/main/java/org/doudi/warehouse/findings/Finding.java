package org.doudi.warehouse.findings;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One finding as kept in {@code finding_record}.
 *
 * @param id the finding's number, stable across recomputations
 * @param period the period, {@code YYYY-MM}
 * @param streetCode the street, or null where the finding is about no single street
 * @param streetName the street's name
 * @param rule the rule that found it, e.g. {@code discipline_mismatch}
 * @param metric the figure concerned, or null
 * @param streetValue the street's value (or the rule's measure)
 * @param otherValue the value it was compared with
 * @param severity high, medium or low
 * @param message what was found, in Chinese
 * @param status where the work team is with it
 * @param current whether the latest recomputation still found it
 * @param firstSeenAt when it was first found
 * @param lastSeenAt when it was last found
 */
public record Finding(
    long id,
    String period,
    String streetCode,
    String streetName,
    String rule,
    String metric,
    BigDecimal streetValue,
    BigDecimal otherValue,
    String severity,
    String message,
    FindingStatus status,
    boolean current,
    OffsetDateTime firstSeenAt,
    OffsetDateTime lastSeenAt) {}
