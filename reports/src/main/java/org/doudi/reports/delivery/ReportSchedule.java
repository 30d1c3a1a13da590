package org.doudi.reports.delivery;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A schedule an administrator defined: when to send which report for which months to whom.
 *
 * @param id the schedule's number
 * @param name its name, e.g. 月度情况报告
 * @param cron second minute hour day month weekday, in Asia/Shanghai
 * @param format pdf or xlsx
 * @param periodRule last_month (上月) or campaign (全周期)
 * @param recipients the addresses, separated by commas
 * @param streetForms whether each street contact also gets its own form
 * @param enabled whether it runs
 * @param createdBy who defined it
 * @param checkedUntil runs due up to this time are already in the outbox
 */
public record ReportSchedule(
    long id,
    String name,
    String cron,
    String format,
    String periodRule,
    String recipients,
    boolean streetForms,
    boolean enabled,
    String createdBy,
    OffsetDateTime checkedUntil) {

  /** Returns the recipients one by one. */
  public List<String> recipientList() {
    return Arrays.stream(recipients.split("[,，;；\\s]+"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** Returns when it runs, in plain words: 每月26日 9:00. */
  public String cronWords() {
    return CronWords.describe(cron);
  }

  /** Returns the period rule in Chinese. */
  public String periodRuleLabel() {
    return periodRule.equals("campaign") ? "全周期" : "上月";
  }
}
