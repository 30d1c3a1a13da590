package org.doudi.reports.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.doudi.reports.district.DistrictReports;
import org.doudi.reports.district.ReportScope;
import org.doudi.reports.internal.ReportFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The command line's {@code report district --mail-to}: sends the district report to each address
 * exactly once per (report, period, format, address). The report is rendered before anything is put
 * in the outbox, so a command killed while rendering leaves nothing behind; a rerun sends only to
 * the addresses not served yet; {@code --resend} sends again on purpose, as a new entry.
 */
@Component
public class CommandMailing {

  private static final Logger log = LoggerFactory.getLogger(CommandMailing.class);
  private static final DateTimeFormatter SECOND =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  private final Outbox outbox;
  private final MailDelivery delivery;
  private final ObjectProvider<JavaMailSender> senders;
  private final DistrictReports districtReports;
  private final Clock clock;

  CommandMailing(
      Outbox outbox,
      MailDelivery delivery,
      ObjectProvider<JavaMailSender> senders,
      DistrictReports districtReports,
      Clock clock) {
    this.outbox = outbox;
    this.delivery = delivery;
    this.senders = senders;
    this.districtReports = districtReports;
    this.clock = clock;
  }

  /** What became of one address. */
  public enum Outcome {
    /** The server accepted the mail now. */
    SENT,
    /** Delivered by an earlier run; not sent again. */
    ALREADY_SENT,
    /** An earlier run died while the server had it; it may have arrived, so not sent again. */
    OUTCOME_UNKNOWN,
    /** The server refused it or could not be reached. */
    FAILED
  }

  /** What the server said to one recipient's mail, or why none was sent. */
  public record DeliveryResult(String recipient, Outcome outcome, String answer) {}

  /**
   * Mails the report to the addresses now, without retries; with {@code resend} also to those
   * served before. Throws when no SMTP server is configured.
   */
  public List<DeliveryResult> send(
      List<String> recipients,
      ReportScope scope,
      ReportFormat format,
      String user,
      boolean resend) {
    JavaMailSender sender = senders.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException(
          MailDelivery.NOT_CONFIGURED + "：请用 --spring.mail.host=… 等属性指定 SMTP 服务器");
    }
    synchronized (delivery) {
      Map<String, DeliveryResult> results = new HashMap<>();
      Map<String, String> keys = new LinkedHashMap<>();
      for (String recipient : recipients) {
        String key =
            "cli:district:"
                + scope.key()
                + ":"
                + format.extension()
                + ":"
                + recipient.toLowerCase(Locale.ROOT);
        Optional<OutboxEntry> earlier = outbox.byKey(key);
        if (earlier.isPresent() && resend) {
          key = key + ":resend:" + (outbox.resends(key) + 1);
        } else if (earlier.isPresent() && earlier.get().state().equals("sent")) {
          OutboxEntry entry = earlier.get();
          results.put(
              recipient,
              new DeliveryResult(
                  recipient,
                  Outcome.ALREADY_SENT,
                  "已于 "
                      + SECOND.format(entry.sentAt())
                      + " 发送过（Message-ID "
                      + entry.messageId()
                      + "），未重发；确需再发请加 --resend"));
          continue;
        } else if (earlier.isPresent() && earlier.get().outcomeUnknown()) {
          results.put(
              recipient,
              new DeliveryResult(
                  recipient,
                  Outcome.OUTCOME_UNKNOWN,
                  "上次发送途中程序中断，邮件可能已送达（Message-ID "
                      + earlier.get().messageId()
                      + "），未重发；向收件人确认后可加 --resend 再发"));
          continue;
        }
        keys.put(recipient, key);
      }
      if (!keys.isEmpty()) {
        sendTo(keys, scope, format, user, sender, results);
      }
      List<DeliveryResult> ordered = new ArrayList<>();
      recipients.forEach(r -> ordered.add(results.get(r)));
      return ordered;
    }
  }

  private void sendTo(
      Map<String, String> keys,
      ReportScope scope,
      ReportFormat format,
      String user,
      JavaMailSender sender,
      Map<String, DeliveryResult> results) {
    // render first: a command that dies here has put nothing in the outbox
    log.info("Rendering the district report {} before queuing {} mails", scope.key(), keys.size());
    Map<String, byte[]> attachments = new HashMap<>();
    attachments.put(MailDelivery.districtKey(scope, format), districtReports.render(scope, format));
    String subject = MailTexts.districtSubject(districtReports, scope);
    String body = MailTexts.districtBody(districtReports, scope, null);
    Instant now = clock.instant();
    for (Map.Entry<String, String> planned : keys.entrySet()) {
      String recipient = planned.getKey();
      String key = planned.getValue();
      boolean added =
          outbox.enqueueForCommand(
              new OutboxMail(
                  key,
                  "district",
                  null,
                  scope.campaign() ? ReportScope.CAMPAIGN : scope.to().toString(),
                  null,
                  recipient,
                  subject,
                  body,
                  format.extension(),
                  user));
      OutboxEntry entry = outbox.byKey(key).orElseThrow();
      if (!added) {
        outbox.reopenForCommand(entry.id());
      }
      boolean ok = delivery.attempt(sender, entry, now, false, attachments);
      OutboxEntry after = outbox.byKey(key).orElseThrow();
      results.put(
          recipient,
          new DeliveryResult(recipient, ok ? Outcome.SENT : Outcome.FAILED, after.lastAnswer()));
    }
  }
}
