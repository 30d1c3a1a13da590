package org.doudi.reports.delivery;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The server's heartbeat for delivery: every {@code doudi.mail.poll-interval} it puts due schedule
 * runs and reminders in the outbox and sends what is due. Only the server runs it; a command on the
 * command line never sends scheduled mail.
 */
@Component
@ConditionalOnProperty(name = "doudi.mode", havingValue = "server")
@ConditionalOnWebApplication
class DeliveryTicker {

  private static final Logger log = LoggerFactory.getLogger(DeliveryTicker.class);

  private final ReportScheduler scheduler;
  private final ReminderPlanner reminders;
  private final MailDelivery delivery;
  private final Clock clock;

  DeliveryTicker(
      ReportScheduler scheduler, ReminderPlanner reminders, MailDelivery delivery, Clock clock) {
    this.scheduler = scheduler;
    this.reminders = reminders;
    this.delivery = delivery;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${doudi.mail.poll-interval:PT30S}",
      initialDelayString = "${doudi.mail.initial-delay:PT20S}")
  void tick() {
    try {
      scheduler.runDue(clock.instant());
      reminders.plan(LocalDate.now(clock));
      delivery.drain();
    } catch (RuntimeException e) {
      log.warn("Delivery round failed: {}", e.getMessage(), e);
    }
  }
}
