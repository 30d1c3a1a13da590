package org.doudi.reports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.doudi.reports.ReportsTestApplication;
import org.doudi.reports.district.ReportScope;
import org.doudi.reports.internal.ReportFormat;
import org.doudi.warehouse.dictionary.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

class MailExactlyOnceTest {

  static final ReportScope DECEMBER = ReportScope.month(Period.require("2024-12"));
  static final List<String> TWO = List.of("leader@putuo.example", "office@putuo.example");

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
    return ReportsTestApplication.start(
        dir,
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=" + port,
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=5000",
        "doudi.mail.from=doudi@putuo.example");
  }

  @Test
  void rerunOfTheSameCommandSkipsAddressesAlreadyServedUnlessResend() throws Exception {
    try (ConfigurableApplicationContext context = start()) {
      // given
      ReportsTestApplication.load(context, "fixtures/district.sql");
      CommandMailing mailing = context.getBean(CommandMailing.class);
      mailing.send(List.of("leader@putuo.example"), DECEMBER, ReportFormat.PDF, "cli:ops", false);

      // when the same report is mailed again to the same address and a new one
      List<CommandMailing.DeliveryResult> rerun =
          mailing.send(TWO, DECEMBER, ReportFormat.PDF, "cli:ops", false);

      // then only the new address gets it
      assertThat(rerun)
          .extracting(CommandMailing.DeliveryResult::outcome)
          .containsExactly(CommandMailing.Outcome.ALREADY_SENT, CommandMailing.Outcome.SENT);
      assertThat(rerun.get(0).answer()).contains("发送过").contains("--resend");
      assertThat(recipients()).containsExactlyInAnyOrder(TWO.toArray(String[]::new));

      // when forced
      List<CommandMailing.DeliveryResult> forced =
          mailing.send(
              List.of("leader@putuo.example"), DECEMBER, ReportFormat.PDF, "cli:ops", true);

      // then it goes again, as an entry of its own
      assertThat(forced.get(0).outcome()).isEqualTo(CommandMailing.Outcome.SENT);
      assertThat(recipients())
          .containsExactlyInAnyOrder(
              "leader@putuo.example", "office@putuo.example", "leader@putuo.example");
      assertThat(context.getBean(Outbox.class).countByState()).containsEntry("sent", 3L);
    }
  }

  @Test
  void mailLeftOnItsWayBySmtpIsReportedAtStartAndNotResentUntilAPersonSaysSo() throws Exception {
    // given a command whose process died after the mail went to the SMTP server (as the row is left
    // between the message's DATA and the record of the server's 250)
    long id;
    String messageId;
    try (ConfigurableApplicationContext context = start()) {
      ReportsTestApplication.load(context, "fixtures/district.sql");
      context
          .getBean(CommandMailing.class)
          .send(List.of("leader@putuo.example"), DECEMBER, ReportFormat.PDF, "cli:ops", false);
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      id = jdbc.queryForObject("SELECT max(id) FROM mail_outbox", Long.class);
      messageId =
          jdbc.queryForObject("SELECT message_id FROM mail_outbox WHERE id = ?", String.class, id);
      jdbc.update(
          "UPDATE mail_outbox SET state = 'pending', sent_at = NULL, last_answer = NULL,"
              + " sending_since = now() WHERE id = ?",
          id);
    }
    assertThat(smtp.getReceivedMessages()).hasSize(1);

    try (ConfigurableApplicationContext restarted = start()) {
      // when the next process starts, drains and reruns the command
      Outbox outbox = restarted.getBean(Outbox.class);
      int drained = restarted.getBean(MailDelivery.class).drain();
      List<CommandMailing.DeliveryResult> rerun =
          restarted
              .getBean(CommandMailing.class)
              .send(List.of("leader@putuo.example"), DECEMBER, ReportFormat.PDF, "cli:ops", false);

      // then the entry says its outcome is unknown, and nothing was sent again
      OutboxEntry entry = outbox.recent(1).get(0);
      assertThat(entry.state()).isEqualTo("failed");
      assertThat(entry.stateLabel()).isEqualTo("结果未知");
      assertThat(entry.lastAnswer()).contains("可能已收下").contains(messageId);
      assertThat(drained).isZero();
      assertThat(rerun.get(0).outcome()).isEqualTo(CommandMailing.Outcome.OUTCOME_UNKNOWN);
      assertThat(smtp.getReceivedMessages()).hasSize(1);
      assertThat(
              restarted
                  .getBean(JdbcTemplate.class)
                  .queryForObject(
                      "SELECT count(*) FROM audit_log WHERE action = 'mail_interrupted'",
                      Long.class))
          .isEqualTo(1L);

      // when an administrator sends it again (重新发送)
      outbox.retryNow(id);
      int resent = restarted.getBean(MailDelivery.class).drain();

      // then it goes once more with the same Message-ID, so the receiver can tell the duplicate
      assertThat(resent).isEqualTo(1);
    }
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(Arrays.stream(received).map(MailExactlyOnceTest::messageId))
        .containsExactly(messageId, messageId);
  }

  @Test
  void commandMailNotSentBeforeItsCommandDiedIsMarkedAndNeverDrainedByTheServer() throws Exception {
    // given a command entry left pending (queued, the command killed before the SMTP server saw it)
    try (ConfigurableApplicationContext context = start()) {
      ReportsTestApplication.load(context, "fixtures/district.sql");
      context
          .getBean(Outbox.class)
          .enqueueForCommand(
              new OutboxMail(
                  "cli:district:2024-12:pdf:leader@putuo.example",
                  "district",
                  null,
                  "2024-12",
                  null,
                  "leader@putuo.example",
                  "主题",
                  "正文",
                  "pdf",
                  "cli:ops"));
    }

    try (ConfigurableApplicationContext restarted = start()) {
      // when the server starts and drains
      int drained = restarted.getBean(MailDelivery.class).drain();

      // then it is reported, not sent
      OutboxEntry entry = restarted.getBean(Outbox.class).recent(1).get(0);
      assertThat(drained).isZero();
      assertThat(entry.state()).isEqualTo("failed");
      assertThat(entry.outcomeUnknown()).isFalse();
      assertThat(entry.lastAnswer()).isEqualTo("发送它的命令已中断，邮件未发送；重新运行同一命令即可补发（已发出的不会重发）");
      assertThat(smtp.getReceivedMessages()).isEmpty();

      // when the command is run again
      List<CommandMailing.DeliveryResult> rerun =
          restarted
              .getBean(CommandMailing.class)
              .send(List.of("leader@putuo.example"), DECEMBER, ReportFormat.PDF, "cli:ops", false);

      // then it is sent, once
      assertThat(rerun.get(0).outcome()).isEqualTo(CommandMailing.Outcome.SENT);
    }
    assertThat(recipients()).containsExactly("leader@putuo.example");
  }

  private List<String> recipients() throws Exception {
    return Arrays.stream(smtp.getReceivedMessages())
        .map(
            m -> {
              try {
                return m.getAllRecipients()[0].toString();
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
