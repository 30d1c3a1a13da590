package org.doudi.reports.delivery;

import java.time.OffsetDateTime;

/**
 * One mail to one recipient in the outbox, and how far it got.
 *
 * @param id the entry's number
 * @param kind district, street_form or reminder
 * @param scheduleId the schedule that made it; null for reminders and the command line
 * @param period YYYY-MM, or campaign
 * @param streetCode the street of a form or a reminder; null otherwise
 * @param recipient the address
 * @param subject the subject line
 * @param state pending, sent or failed
 * @param attempts how many times sending was tried
 * @param nextAttemptAt when it is tried next while pending
 * @param lastAnswer the mail server's answer, or why it was not sent
 * @param createdAt when it was put in the outbox
 * @param sentAt when the server accepted it
 * @param origin server (drained and retried by the server) or cli (sent by its command only)
 * @param sendingSince when the message went to the SMTP server without an answer recorded yet
 * @param messageId the Message-ID every attempt carries; null before the first
 * @param outcomeUnknown whether a process died while the SMTP server had it: it may have arrived
 */
public record OutboxEntry(
    long id,
    String kind,
    Long scheduleId,
    String period,
    String streetCode,
    String recipient,
    String subject,
    String state,
    int attempts,
    OffsetDateTime nextAttemptAt,
    String lastAnswer,
    OffsetDateTime createdAt,
    OffsetDateTime sentAt,
    String origin,
    OffsetDateTime sendingSince,
    String messageId,
    boolean outcomeUnknown) {

  /** Returns the state in Chinese: 待发送, 已发送, 失败 or 结果未知 (may have arrived). */
  public String stateLabel() {
    if (outcomeUnknown && !"sent".equals(state)) {
      return "结果未知";
    }
    return switch (state) {
      case "sent" -> "已发送";
      case "failed" -> "失败";
      default -> "待发送";
    };
  }

  /** Returns what the mail carries, in Chinese. */
  public String kindLabel() {
    return switch (kind) {
      case "street_form" -> "街镇统计表";
      case "reminder" -> "催报提醒";
      default -> "区级情况报告";
    };
  }
}
