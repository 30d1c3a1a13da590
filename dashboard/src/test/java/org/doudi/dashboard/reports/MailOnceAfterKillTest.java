package org.doudi.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.doudi.dashboard.DoudiApplication;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.dashboard.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code report district --mail-to} process killed with SIGKILL, then run again. */
class MailOnceAfterKillTest {

  static final String ADDRESSES = "leader@putuo.example,office@putuo.example,deputy@putuo.example";

  @TempDir Path dir;

  @Test
  void commandKilledWhileRenderingLeavesNothingAndTheRerunSendsEachAddressOnce() throws Exception {
    // given a warehouse with a month of forms and a mail server
    Path db = dir.resolve("doudi.duckdb");
    assertThat(
            run(
                "report",
                "district",
                "--period",
                "2024-12",
                "--out",
                dir.resolve("x.pdf").toString(),
                "--db",
                db.toString()))
        .isZero();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO street_form (period, street_code, version, fill_date, renqing_removed,"
              + " renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan, zhengce_removed,"
              + " zhengce_recovered_yuan, whole_household_added, sanwu_removed, sanwu_recovered_yuan,"
              + " clues_total, clues_resolved, petitions_handled, petitions_resolved,"
              + " card_custody_cases, relative_filings) VALUES"
              + " ('2024-12', 'changshoulu', 1, '2024-12-20', 3, 1200.50, 1, 800, 0, 0, 2, 1, 300, 5, 4, 9, 8, 2, 6)");
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
    smtp.start();
    try {
      List<String> mailArguments =
          List.of(
              "report",
              "district",
              "--period",
              "2024-12",
              "--mail-to",
              ADDRESSES,
              "--spring.mail.host=127.0.0.1",
              "--spring.mail.port=" + port,
              "--db",
              db.toString());
      Path log = dir.resolve("logs").resolve("doudi.log");
      long logBefore = Files.exists(log) ? Files.size(log) : 0;

      // when a separate JVM runs the command and is killed with SIGKILL while it renders
      Process child = childJvm(mailArguments);
      boolean sawRendering = false;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (System.nanoTime() < deadline && child.isAlive()) {
        if (newLogText(log, logBefore).contains("Rendering the district report 2024-12")) {
          sawRendering = true;
          break;
        }
        Thread.sleep(10);
      }
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);

      // then nothing was sent and nothing waits in the outbox
      assertThat(sawRendering).as(newLogText(log, logBefore)).isTrue();
      assertThat(smtp.getReceivedMessages()).isEmpty();
      assertThat(outboxRows(db)).isZero();

      // when the command is run again, and once more
      ByteArrayOutputStream first = new ByteArrayOutputStream();
      int rerun = run(first, mailArguments.toArray(String[]::new));
      ByteArrayOutputStream second = new ByteArrayOutputStream();
      int again = run(second, mailArguments.toArray(String[]::new));

      // then each address got the report exactly once
      assertThat(rerun).as(first.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(again).isZero();
      assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailOnceAfterKillTest::to))
          .containsExactlyInAnyOrder(ADDRESSES.split(","));
      assertThat(second.toString(StandardCharsets.UTF_8))
          .contains("SKIPPED leader@putuo.example：已于")
          .contains("未重发；确需再发请加 --resend")
          .doesNotContain("OK 已发送至");
      assertThat(outboxRows(db)).isEqualTo(3);
    } finally {
      smtp.stop();
    }
  }

  private Process childJvm(List<String> arguments) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                DoudiApplication.class.getName()));
    command.addAll(arguments);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.out").toFile())
        .start();
  }

  private static String newLogText(Path log, long from) throws Exception {
    if (!Files.exists(log)) {
      return "";
    }
    byte[] bytes = Files.readAllBytes(log);
    int start = (int) Math.min(from, bytes.length);
    return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
  }

  private static long outboxRows(Path db) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM mail_outbox")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String to(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int run(String... args) {
    return run(new ByteArrayOutputStream(), args);
  }

  private static int run(ByteArrayOutputStream err, String... args) {
    CliOutput output =
        new CliOutput(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]));
    return new CommandLine(DoudiApplication.class, output).run(args);
  }
}
