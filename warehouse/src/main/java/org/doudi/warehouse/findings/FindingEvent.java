package org.doudi.warehouse.findings;

import java.time.OffsetDateTime;

/**
 * One step in a finding's history: found, explained, corrected, reopened, closed or found again.
 *
 * @param id the event's number
 * @param findingId the finding
 * @param occurredAt when
 * @param actor the account, {@code cli:<os user>}, or {@code system} for recomputations
 * @param action found, explained, corrected, reopened, closed or found_again
 * @param fromStatus the status before, null for found
 * @param toStatus the status after
 * @param reason the analyst's reason, or what the system saw
 */
public record FindingEvent(
    long id,
    long findingId,
    OffsetDateTime occurredAt,
    String actor,
    String action,
    FindingStatus fromStatus,
    FindingStatus toStatus,
    String reason) {}
