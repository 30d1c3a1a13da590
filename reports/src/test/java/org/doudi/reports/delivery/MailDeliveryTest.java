package org.doudi.reports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.doudi.reports.ReportsTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

class MailDeliveryTest {

  /** 2025-01-20 08:00 in Shanghai: when the schedules are defined. */
  static final OffsetDateTime DEFINED = OffsetDateTime.parse("2025-01-20T08:00:00+08:00");

  /** 2025-01-26 10:00 in Shanghai: an hour after 每月26日 9:00 fired. */
  static final Instant AFTER_RUN = Instant.parse("2025-01-26T02:00:00Z");

  @TempDir Path dir;
  int port;
  GreenMail smtp;

  @BeforeEach
  void startMailServer() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
    smtp.start();
  }

  @AfterEach
  void stopMailServer() {
    smtp.stop();
  }

  ConfigurableApplicationContext start() {
    ConfigurableApplicationContext context =
        ReportsTestApplication.start(
            dir,
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + port,
            "spring.mail.properties.mail.smtp.connectiontimeout=2000",
            "spring.mail.properties.mail.smtp.timeout=5000",
            "doudi.mail.from=doudi@putuo.example",
            "doudi.mail.retry.initial-delay=PT10S");
    return context;
  }

  @Test
  void scheduledRunSendsOneMailPerRecipientWithThePdfAndNotAgainAfterARestart() throws Exception {
    // given
    try (ConfigurableApplicationContext context = start()) {
      ReportsTestApplication.load(context, "fixtures/district.sql");
      context
          .getBean(ReportSchedules.class)
          .create(
              "月度情况报告",
              "0 0 9 26 * *",
              "pdf",
              "last_month",
              "leader@putuo.example, office@putuo.example",
              false,
              "admin",
              DEFINED);

      // when
      int queued = context.getBean(ReportScheduler.class).runDue(AFTER_RUN);
      int sent = context.getBean(MailDelivery.class).drain(AFTER_RUN);

      // then
      assertThat(queued).isEqualTo(2);
      assertThat(sent).isEqualTo(2);
    }
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(recipients(received))
        .containsExactlyInAnyOrder("leader@putuo.example", "office@putuo.example");
    for (MimeMessage message : received) {
      assertThat(message.getSubject()).isEqualTo("《关于开展社会救助“人情保”“关系保”问题的情况报告》（2024年12月）");
      BodyPart pdf = attachment(message);
      assertThat(MimeUtility.decodeText(pdf.getFileName())).isEqualTo("情况报告-2024-12.pdf");
      assertThat(new String(pdf.getInputStream().readNBytes(5))).isEqualTo("%PDF-");
    }

    // when the server restarts on the same warehouse and looks again
    try (ConfigurableApplicationContext restarted = start()) {
      int queued = restarted.getBean(ReportScheduler.class).runDue(AFTER_RUN.plusSeconds(3600));
      int sent = restarted.getBean(MailDelivery.class).drain(AFTER_RUN.plusSeconds(3600));

      // then nothing is sent twice
      assertThat(queued).isZero();
      assertThat(sent).isZero();
      assertThat(restarted.getBean(Outbox.class).countByState()).containsEntry("sent", 2L);
    }
    assertThat(smtp.getReceivedMessages()).hasSize(2);
  }

  @Test
  void smtpOutageIsRetriedWithBackoffAndDeliveredOnce() throws Exception {
    try (ConfigurableApplicationContext context = start()) {
      // given
      ReportsTestApplication.load(context, "fixtures/district.sql");
      context
          .getBean(ReportSchedules.class)
          .create(
              "全周期报告",
              "0 0 9 26 * *",
              "xlsx",
              "campaign",
              "leader@putuo.example",
              false,
              "admin",
              DEFINED);
      ReportScheduler scheduler = context.getBean(ReportScheduler.class);
      MailDelivery delivery = context.getBean(MailDelivery.class);
      Outbox outbox = context.getBean(Outbox.class);
      smtp.stop();

      // when the mail server is down
      scheduler.runDue(AFTER_RUN);
      int sentDuringOutage = delivery.drain(AFTER_RUN);

      // then the mail waits for a retry, with the reason
      OutboxEntry waiting = outbox.recent(1).get(0);
      assertThat(sentDuringOutage).isZero();
      assertThat(waiting.state()).isEqualTo("pending");
      assertThat(waiting.attempts()).isEqualTo(1);
      assertThat(waiting.lastAnswer()).isNotBlank();
      assertThat(waiting.nextAttemptAt().toInstant()).isEqualTo(AFTER_RUN.plusSeconds(10));

      // when the server is back but the backoff has not passed
      smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
      smtp.start();
      int tooEarly = delivery.drain(AFTER_RUN.plusSeconds(5));

      // then nothing is tried yet
      assertThat(tooEarly).isZero();
      assertThat(smtp.getReceivedMessages()).isEmpty();

      // when the retry is due, twice over
      int retried = delivery.drain(AFTER_RUN.plusSeconds(11));
      int again = delivery.drain(AFTER_RUN.plusSeconds(60));

      // then it is delivered exactly once, with the server's answer
      assertThat(retried).isEqualTo(1);
      assertThat(again).isZero();
      OutboxEntry sent = outbox.recent(1).get(0);
      assertThat(sent.state()).isEqualTo("sent");
      assertThat(sent.stateLabel()).isEqualTo("已发送");
      assertThat(sent.attempts()).isEqualTo(2);
      assertThat(sent.lastAnswer()).startsWith("250");
    }
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(MimeUtility.decodeText(attachment(received[0]).getFileName()))
        .isEqualTo("情况报告-campaign.xlsx");
  }

  @Test
  void remindersGoOnceToStreetsWithoutAForm() throws Exception {
    try (ConfigurableApplicationContext context = start()) {
      // given
      ReportsTestApplication.load(context, "fixtures/district.sql");
      StreetContacts contacts = context.getBean(StreetContacts.class);
      contacts.put("taopuzhen", "赵敏", "taopu@putuo.example", "admin");
      contacts.put("changshoulu", "李明", "changshou@putuo.example", "admin");
      ReminderPlanner reminders = context.getBean(ReminderPlanner.class);

      // when: two days before 2024-12's deadline (2025-01-25), and again the next day
      int first = reminders.plan(LocalDate.of(2025, 1, 23));
      int second = reminders.plan(LocalDate.of(2025, 1, 24));
      context.getBean(MailDelivery.class).drain(AFTER_RUN);

      // then taopu (no form for 2024-11 nor 2024-12) gets the 2024-12 reminder and the overdue
      // 2024-11 one; changshou sent both forms and gets nothing
      assertThat(first).isEqualTo(2);
      assertThat(second).isZero();
    }
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(recipients(received)).containsOnly("taopu@putuo.example");
    assertThat(Arrays.stream(received).map(this::subject))
        .containsExactlyInAnyOrder(
            "【催报提醒】桃浦镇2024年12月自查自纠工作开展情况统计表", "【逾期催报】桃浦镇2024年11月自查自纠工作开展情况统计表");
  }

  @Test
  void withoutAMailServerMailsWaitMarkedNotConfigured() throws Exception {
    try (ConfigurableApplicationContext context = ReportsTestApplication.start(dir)) {
      // given
      ReportsTestApplication.load(context, "fixtures/district.sql");
      context
          .getBean(ReportSchedules.class)
          .create(
              "月度情况报告",
              "0 0 9 26 * *",
              "pdf",
              "last_month",
              "leader@putuo.example",
              false,
              "admin",
              DEFINED);
      MailDelivery delivery = context.getBean(MailDelivery.class);

      // when
      context.getBean(ReportScheduler.class).runDue(AFTER_RUN);
      int sent = delivery.drain(AFTER_RUN);

      // then
      OutboxEntry entry = context.getBean(Outbox.class).recent(1).get(0);
      assertThat(delivery.configured()).isFalse();
      assertThat(sent).isZero();
      assertThat(entry.state()).isEqualTo("pending");
      assertThat(entry.stateLabel()).isEqualTo("待发送");
      assertThat(entry.lastAnswer()).isEqualTo("未配置邮件服务器");
      assertThat(entry.attempts()).isZero();
    }
  }

  private String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> recipients(MimeMessage[] messages) throws Exception {
    List<String> out = new ArrayList<>();
    for (MimeMessage message : messages) {
      out.add(message.getAllRecipients()[0].toString());
    }
    return out;
  }

  private static BodyPart attachment(MimeMessage message) throws Exception {
    MimeMultipart multipart = (MimeMultipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.getFileName() != null) {
        return part;
      }
    }
    throw new AssertionError("no attachment");
  }
}
