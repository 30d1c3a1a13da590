package org.doudi.reports.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;
import org.doudi.reports.district.DistrictReports;
import org.doudi.reports.district.ReportScope;
import org.doudi.reports.streetform.StreetFormReports;
import org.doudi.warehouse.calendar.ReportingCalendar;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Turns due schedule runs into outbox entries: one per (schedule, period, recipient), so that a run
 * seen twice (after a restart, or a weekly schedule within the same month) sends nothing twice.
 * Runs missed while the server was down collapse into the latest one.
 */
@Component
public class ReportScheduler {

  private static final Logger log = LoggerFactory.getLogger(ReportScheduler.class);

  private final ReportSchedules schedules;
  private final Outbox outbox;
  private final MailDelivery delivery;
  private final DistrictReports districtReports;
  private final StreetFormReports streetForms;
  private final StreetContacts contacts;
  private final StreetDictionary streets;
  private final ReportingCalendar calendar;
  private final Clock clock;

  ReportScheduler(
      ReportSchedules schedules,
      Outbox outbox,
      MailDelivery delivery,
      DistrictReports districtReports,
      StreetFormReports streetForms,
      StreetContacts contacts,
      StreetDictionary streets,
      ReportingCalendar calendar,
      Clock clock) {
    this.schedules = schedules;
    this.outbox = outbox;
    this.delivery = delivery;
    this.districtReports = districtReports;
    this.streetForms = streetForms;
    this.contacts = contacts;
    this.streets = streets;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Puts the runs due at {@code now} in the outbox; returns how many mails were added. */
  public int runDue(Instant now) {
    int added = 0;
    for (ReportSchedule schedule : schedules.all()) {
      if (!schedule.enabled()) {
        continue;
      }
      ZonedDateTime from =
          (schedule.checkedUntil() == null ? now.atOffset(ZoneOffset.UTC) : schedule.checkedUntil())
              .atZoneSameInstant(clock.getZone());
      CronExpression cron;
      try {
        cron = CronExpression.parse(schedule.cron());
      } catch (IllegalArgumentException e) {
        log.warn("Schedule {} has an invalid cron {}", schedule.id(), schedule.cron());
        continue;
      }
      ZonedDateTime fire = null;
      for (ZonedDateTime next = cron.next(from);
          next != null && !next.toInstant().isAfter(now);
          next = cron.next(next)) {
        fire = next;
      }
      if (fire != null) {
        added += enqueue(schedule, fire, "schedule:" + schedule.id(), "计划任务");
      }
      schedules.checkedUntil(schedule.id(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    }
    return added;
  }

  /**
   * Sends a schedule's report now (an administrator's 立即发送), even when this period was sent before;
   * returns how many mails were added.
   */
  public int sendNow(long scheduleId, String user) {
    Instant now = clock.instant();
    ReportSchedule schedule =
        schedules.find(scheduleId).orElseThrow(() -> new IllegalArgumentException("没有这个发送计划"));
    int added =
        enqueue(
            schedule,
            now.atZone(clock.getZone()),
            "manual:" + schedule.id() + ":" + now.toEpochMilli(),
            user);
    delivery.drain(now);
    return added;
  }

  private int enqueue(ReportSchedule schedule, ZonedDateTime fire, String keyPrefix, String user) {
    ReportScope scope =
        schedule.periodRule().equals("campaign")
            ? districtReports.campaignToDate()
            : ReportScope.month(
                calendar
                    .latestCompleteOn(fire.toLocalDate())
                    .orElse(Period.of(fire.toLocalDate()).previous()));
    String periodKey = scope.campaign() ? "campaign-" + scope.to() : scope.to().toString();
    int added = 0;
    for (String recipient : schedule.recipientList()) {
      boolean inserted =
          outbox.enqueue(
              new OutboxMail(
                  keyPrefix + ":" + periodKey + ":" + recipient,
                  "district",
                  schedule.id(),
                  scope.key(),
                  null,
                  recipient,
                  MailTexts.districtSubject(districtReports, scope),
                  MailTexts.districtBody(districtReports, scope, schedule.name()),
                  schedule.format(),
                  user));
      added += inserted ? 1 : 0;
    }
    if (schedule.streetForms()) {
      Period month = scope.to();
      Set<String> withForm = streetForms.streetsWithForm(month);
      for (StreetContacts.StreetContact contact : contacts.all()) {
        if (contact.email() == null || !withForm.contains(contact.streetCode())) {
          continue;
        }
        String name =
            streets.byCode(contact.streetCode()).map(s -> s.name()).orElse(contact.streetCode());
        boolean inserted =
            outbox.enqueue(
                new OutboxMail(
                    keyPrefix
                        + ":"
                        + month
                        + ":form:"
                        + contact.streetCode()
                        + ":"
                        + contact.email(),
                    "street_form",
                    schedule.id(),
                    month.toString(),
                    contact.streetCode(),
                    contact.email(),
                    MailTexts.streetFormSubject(name, month),
                    MailTexts.streetFormBody(name, month),
                    "pdf",
                    user));
        added += inserted ? 1 : 0;
      }
    }
    if (added > 0) {
      log.info(
          "Schedule {} put {} mails for {} in the outbox", schedule.id(), added, scope.label());
    }
    return added;
  }
}
