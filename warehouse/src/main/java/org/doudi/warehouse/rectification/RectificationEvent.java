package org.doudi.warehouse.rectification;

import java.time.OffsetDateTime;

/**
 * One change of an item: who, when, what.
 *
 * @param itemNo the item
 * @param occurredAt when
 * @param actor the account (or {@code cli:<user>})
 * @param action created/loaded/updated/rectified/evidence/closure_requested/accepted/returned
 * @param fromStatus the status before, or null
 * @param toStatus the status after, or null
 * @param note what changed, in Chinese (the reason of a 退回)
 */
public record RectificationEvent(
    long itemNo,
    OffsetDateTime occurredAt,
    String actor,
    String action,
    String fromStatus,
    String toStatus,
    String note) {}
