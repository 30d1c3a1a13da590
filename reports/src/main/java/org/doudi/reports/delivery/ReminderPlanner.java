package org.doudi.reports.delivery;

import java.time.LocalDate;
import java.util.Set;
import org.doudi.reports.streetform.StreetFormReports;
import org.doudi.warehouse.dictionary.Period;
import org.springframework.beans.factory.annotation.Value;
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
  private final int deadlineDay;
  private final Period campaignStart;

  ReminderPlanner(
      StreetContacts contacts,
      StreetFormReports forms,
      Outbox outbox,
      @Value("${doudi.reminders.enabled:true}") boolean enabled,
      @Value("${doudi.reminders.days-before:3}") int daysBefore,
      @Value("${doudi.reminders.days-after:1}") int daysAfter,
      @Value("${doudi.deadline.day-of-next-month:25}") int deadlineDay,
      @Value("${doudi.campaign.start:2024-11}") String campaignStart) {
    this.contacts = contacts;
    this.forms = forms;
    this.outbox = outbox;
    this.enabled = enabled;
    this.daysBefore = daysBefore;
    this.daysAfter = daysAfter;
    this.deadlineDay = deadlineDay;
    this.campaignStart = Period.require(campaignStart);
  }

  /** Returns the day a period's forms are due: the deadline day of the following month. */
  public LocalDate deadline(Period period) {
    return period.deadline(deadlineDay);
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
      if (period.compareTo(campaignStart) < 0) {
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
