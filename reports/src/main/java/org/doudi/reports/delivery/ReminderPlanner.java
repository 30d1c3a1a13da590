package org.doudi.reports.delivery;

import java.time.LocalDate;
import java.util.Set;
import org.doudi.reports.streetform.StreetFormReports;
import org.doudi.warehouse.calendar.ReportingCalendar;
import org.doudi.warehouse.dictionary.Period;
import org.springframework.stereotype.Component;

/**
 * Reminds streets of a form they have not sent (催报): {@code doudi.reminders.days-before} days
 * before a period's deadline, and once more after it has passed, each by one mail to the street's
 * contact address through the outbox (so each reminder goes out once).
 */
@Component
public class ReminderPlanner {

  private final StreetContacts contacts;
  private final StreetFormReports forms;
  private final Outbox outbox;
  private final boolean enabled;
  private final int daysBefore;
  private final int daysAfter;
  private final ReportingCalendar calendar;

  ReminderPlanner(
      StreetContacts contacts,
      StreetFormReports forms,
      Outbox outbox,
      ReminderProperties properties,
      ReportingCalendar calendar) {
    this.contacts = contacts;
    this.forms = forms;
    this.outbox = outbox;
    this.enabled = properties.enabled();
    this.daysBefore = properties.daysBefore();
    this.daysAfter = properties.daysAfter();
    this.calendar = calendar;
  }

  /** Returns the day a period's forms are due, as the findings and the district report read it. */
  public LocalDate deadline(Period period) {
    return calendar.deadline(period);
  }

  /** Puts the reminders due on {@code today} in the outbox; returns how many were added. */
  public int plan(LocalDate today) {
    if (!enabled) {
      return 0;
    }
    int added = 0;
    Period current = Period.of(today);
    for (Period period = current.previous().previous();
        period.compareTo(current) <= 0;
        period = period.next()) {
      if (period.compareTo(calendar.campaignStart()) < 0) {
        continue;
      }
      LocalDate deadline = deadline(period);
      boolean before = !today.isBefore(deadline.minusDays(daysBefore)) && !today.isAfter(deadline);
      boolean after =
          today.isAfter(deadline.plusDays(daysAfter - 1L))
              && !today.isAfter(deadline.plusDays(daysAfter + 30L));
      if (!before && !after) {
        continue;
      }
      Set<String> sent = forms.streetsWithForm(period);
      for (StreetContacts.StreetContact contact : contacts.all()) {
        if (contact.email() == null || sent.contains(contact.streetCode())) {
          continue;
        }
        String stage = after ? "after" : "before";
        boolean inserted =
            outbox.enqueue(
                new OutboxMail(
                    "reminder:"
                        + stage
                        + ":"
                        + period
                        + ":"
                        + contact.streetCode()
                        + ":"
                        + contact.email(),
                    "reminder",
                    null,
                    period.toString(),
                    contact.streetCode(),
                    contact.email(),
                    MailTexts.reminderSubject(contact.streetName(), period, after),
                    MailTexts.reminderBody(contact.streetName(), period, deadline, after),
                    null,
                    "催报"));
        added += inserted ? 1 : 0;
      }
    }
    return added;
  }
}
