package org.doudi.reports.delivery;

/**
 * A mail to put in the outbox.
 *
 * @param dedupKey the same key twice is one mail: e.g. {@code schedule:3:2024-12:a@b.cn}
 * @param kind district, street_form or reminder
 * @param scheduleId the schedule that makes it, or null
 * @param period YYYY-MM, or campaign
 * @param streetCode the street of a form or a reminder, or null
 * @param recipient the address
 * @param subject the subject line
 * @param body the plain-text body
 * @param format the attachment's format (pdf, xlsx), or null for none
 * @param createdBy who or what put it there
 */
record OutboxMail(
    String dedupKey,
    String kind,
    Long scheduleId,
    String period,
    String streetCode,
    String recipient,
    String subject,
    String body,
    String format,
    String createdBy) {}
