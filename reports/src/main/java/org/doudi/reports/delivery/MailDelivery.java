package org.doudi.reports.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.doudi.reports.district.DistrictReports;
import org.doudi.reports.district.ReportScope;
import org.doudi.reports.internal.ReportFormat;
import org.doudi.reports.streetform.StreetFormReports;
import org.doudi.warehouse.dictionary.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what is due in the outbox through the configured SMTP server (Spring Mail), one attempt per
 * entry and drain; a temporary failure is tried again later with a growing delay, a permanent one
 * (the server refuses the address) fails at once. With no server configured mails wait, marked
 * 未配置邮件服务器.
 */
@Component
public class MailDelivery {

  /** Why a pending mail waits when spring.mail.host is not set. */
  public static final String NOT_CONFIGURED = "未配置邮件服务器";

  private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

  private final Outbox outbox;
  private final ObjectProvider<JavaMailSender> senders;
  private final DistrictReports districtReports;
  private final StreetFormReports streetForms;
  private final Clock clock;
  private final String from;
  private final Duration initialDelay;
  private final Duration maxDelay;
  private final int maxAttempts;

  /** Whether a text reads as one e-mail address (name@host.domain, no spaces). */
  public static boolean isAddress(String text) {
    return text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  }

  MailDelivery(
      Outbox outbox,
      ObjectProvider<JavaMailSender> senders,
      DistrictReports districtReports,
      StreetFormReports streetForms,
      Clock clock,
      @Value("${doudi.mail.from:${spring.mail.username:doudi@localhost}}") String from,
      @Value("${doudi.mail.retry.initial-delay:PT1M}") Duration initialDelay,
      @Value("${doudi.mail.retry.max-delay:PT1H}") Duration maxDelay,
      @Value("${doudi.mail.retry.max-attempts:8}") int maxAttempts) {
    this.outbox = outbox;
    this.senders = senders;
    this.districtReports = districtReports;
    this.streetForms = streetForms;
    this.clock = clock;
    this.from = from;
    this.initialDelay = initialDelay;
    this.maxDelay = maxDelay;
    this.maxAttempts = maxAttempts;
  }

  /** Returns whether an SMTP server is configured (spring.mail.host). */
  public boolean configured() {
    return senders.getIfAvailable() != null;
  }

  /** Sends every entry due now; returns how many the server accepted. */
  public int drain() {
    return drain(clock.instant());
  }

  /** Sends every entry due at {@code now}; returns how many the server accepted. */
  public synchronized int drain(Instant now) {
    List<OutboxEntry> due = outbox.due(now);
    if (due.isEmpty()) {
      return 0;
    }
    JavaMailSender sender = senders.getIfAvailable();
    if (sender == null) {
      due.forEach(entry -> outbox.waiting(entry.id(), NOT_CONFIGURED));
      return 0;
    }
    Map<String, byte[]> attachments = new HashMap<>();
    int sent = 0;
    for (OutboxEntry entry : due) {
      if (attempt(sender, entry, now, true, attachments)) {
        sent++;
      }
    }
    return sent;
  }

  /**
   * Makes one attempt at an entry: fixes its Message-ID, marks it on its way (committed before the
   * SMTP server sees it), sends, and records the answer; returns whether the server accepted it.
   */
  boolean attempt(
      JavaMailSender sender,
      OutboxEntry entry,
      Instant now,
      boolean retry,
      Map<String, byte[]> attachments) {
    try {
      String messageId = outbox.messageId(entry.id(), newMessageId(entry.id()));
      MimeMessage message = SmtpTransmission.message(sender, messageId);
      String format = outbox.format(entry.id());
      boolean multipart = format != null;
      MimeMessageHelper helper = new MimeMessageHelper(message, multipart, "UTF-8");
      helper.setFrom(from);
      helper.setTo(entry.recipient());
      helper.setSubject(entry.subject());
      helper.setText(outbox.body(entry.id()));
      if (multipart) {
        Attachment attachment = attachment(entry, format, attachments);
        if (attachment == null) {
          outbox.attemptFailed(entry.id(), "没有可发送的报告：该统计期无数据", null);
          return false;
        }
        helper.addAttachment(
            attachment.fileName(), new ByteArrayResource(attachment.bytes()), attachment.type());
      }
      outbox.sending(entry.id(), clock.instant());
      String answer = SmtpTransmission.send(sender, message);
      outbox.sent(entry.id(), answer, now);
      log.info("Mail {} to {} sent: {}", entry.id(), entry.recipient(), answer);
      return true;
    } catch (MessagingException | MailException | IllegalStateException e) {
      String answer = SmtpTransmission.answer(e);
      boolean permanent = SmtpTransmission.permanent(e);
      Instant next = null;
      if (retry && !permanent && entry.attempts() + 1 < maxAttempts) {
        long factor = 1L << Math.min(20, entry.attempts());
        Duration delay = initialDelay.multipliedBy(factor);
        next = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
      }
      outbox.attemptFailed(entry.id(), answer, next);
      log.warn(
          "Mail {} to {} not sent ({}): {}",
          entry.id(),
          entry.recipient(),
          next == null ? "gave up" : "retry at " + next,
          answer);
      return false;
    }
  }

  /** Returns a Message-ID unique to the entry and this instance: {@code <doudi.12.9f3a…@host>}. */
  private String newMessageId(long id) {
    String domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1) : "localhost";
    domain = domain.replaceAll("[^A-Za-z0-9.-]", "");
    return "<doudi."
        + id
        + "."
        + UUID.randomUUID().toString().replace("-", "")
        + "@"
        + domain
        + ">";
  }

  private record Attachment(String fileName, byte[] bytes, String type) {}

  /** Returns the key under which a rendered district report is kept for one round. */
  static String districtKey(ReportScope scope, ReportFormat format) {
    return "district:" + scope.key() + ":" + format;
  }

  private Attachment attachment(OutboxEntry entry, String formatKey, Map<String, byte[]> cache) {
    ReportFormat format = ReportFormat.valueOf(formatKey.toUpperCase());
    if (entry.kind().equals("street_form")) {
      Period period = Period.require(entry.period());
      String key = "form:" + entry.streetCode() + ":" + period;
      byte[] bytes = cache.get(key);
      if (bytes == null) {
        Optional<byte[]> pdf = streetForms.render(entry.streetCode(), period);
        if (pdf.isEmpty()) {
          return null;
        }
        bytes = pdf.get();
        cache.put(key, bytes);
      }
      return new Attachment(
          streetForms.fileName(entry.streetCode(), period), bytes, ReportFormat.PDF.contentType());
    }
    ReportScope scope = districtReports.scope(entry.period());
    String key = districtKey(scope, format);
    byte[] bytes = cache.computeIfAbsent(key, k -> districtReports.render(scope, format));
    return new Attachment(districtReports.fileName(scope, format), bytes, format.contentType());
  }
}
