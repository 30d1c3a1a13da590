package org.doudi.reports.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When streets are reminded of a missing form (催报, {@code doudi.reminders.*}), checked at start.
 *
 * @param enabled whether reminders are sent at all
 * @param daysBefore remind this many days before the deadline
 * @param daysAfter remind once more this many days after it
 */
@ConfigurationProperties("doudi.reminders")
public record ReminderProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("3") int daysBefore,
    @DefaultValue("1") int daysAfter) {

  /** Refuses negative or implausible day counts. */
  public ReminderProperties {
    if (daysBefore < 0 || daysBefore > 28) {
      throw new IllegalArgumentException(
          "doudi.reminders.days-before 应为 0 到 28 之间的天数，而不是 " + daysBefore);
    }
    if (daysAfter < 1 || daysAfter > 28) {
      throw new IllegalArgumentException(
          "doudi.reminders.days-after 应为 1 到 28 之间的天数，而不是 " + daysAfter);
    }
  }
}
