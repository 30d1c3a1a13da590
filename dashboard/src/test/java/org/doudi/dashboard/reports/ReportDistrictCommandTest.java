package org.doudi.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
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
import java.sql.Statement;
import org.doudi.dashboard.DoudiApplication;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.dashboard.cli.CommandLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDistrictCommandTest {

  @TempDir static Path dir;
  static Path db;

  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void warehouseWithTwoStreets() throws Exception {
    db = dir.resolve("doudi.duckdb");
    // the first command creates the schema
    new CommandLine(DoudiApplication.class, quiet())
        .run(
            "report",
            "district",
            "--period",
            "2024-12",
            "--out",
            dir.resolve("empty.pdf").toString(),
            "--db",
            db.toString());
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO street_form (period, street_code, version, fill_date, renqing_removed,"
              + " renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan, zhengce_removed,"
              + " zhengce_recovered_yuan, whole_household_added, sanwu_removed, sanwu_recovered_yuan,"
              + " clues_total, clues_resolved, petitions_handled, petitions_resolved,"
              + " card_custody_cases, relative_filings) VALUES"
              + " ('2024-12', 'changshoulu', 1, '2024-12-20', 3, 1200.50, 1, 800, 0, 0, 2, 1, 300, 5, 4, 9, 8, 2, 6),"
              + " ('2024-12', 'wanli', 1, '2024-12-22', 2, 999.50, 0, 0, 1, 100, 0, 0, 0, 3, 3, 4, 2, 1, 3)");
    }
  }

  static CliOutput quiet() {
    return new CliOutput(
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(new byte[0]));
  }

  int run(String... args) {
    CliOutput output =
        new CliOutput(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]));
    return new CommandLine(DoudiApplication.class, output).run(args);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesThePdfOrTheWorkbookByTheFilesEnding() throws Exception {
    // when
    int pdf =
        run(
            "report",
            "district",
            "--period",
            "2024-12",
            "--out",
            dir.resolve("r.pdf").toString(),
            "--db",
            db.toString());
    int xlsx =
        run(
            "report",
            "district",
            "--period",
            "2024-12",
            "--out",
            dir.resolve("r.xlsx").toString(),
            "--db",
            db.toString());

    // then
    assertThat(pdf).isZero();
    assertThat(xlsx).isZero();
    assertThat(
            new String(Files.readAllBytes(dir.resolve("r.pdf")), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(Files.readAllBytes(dir.resolve("r.xlsx"))[0]).isEqualTo((byte) 'P');
    assertThat(err()).contains("OK ").contains("（2024年12月）");
  }

  @Test
  void anUnknownEndingIsAUsageError() {
    // when
    int status =
        run(
            "report",
            "district",
            "--period",
            "2024-12",
            "--out",
            dir.resolve("r.doc").toString(),
            "--db",
            db.toString());

    // then
    assertThat(status).isEqualTo(2);
    assertThat(err()).contains(".pdf 或 .xlsx");
  }

  @Test
  void mailWithoutAServerIsRejectedPlainly() {
    // when
    int status =
        run(
            "report",
            "district",
            "--period",
            "2024-12",
            "--mail-to",
            "leader@putuo.example",
            "--db",
            db.toString());

    // then
    assertThat(status).isEqualTo(1);
    assertThat(err()).contains("未配置邮件服务器");
  }

  @Test
  void mailToSendsThePdfToEachAddressNow() throws Exception {
    // given
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
    smtp.start();
    try {
      // when
      int status =
          run(
              "report",
              "district",
              "--period",
              "2024-12",
              "--mail-to",
              "leader@putuo.example,office@putuo.example",
              "--spring.mail.host=127.0.0.1",
              "--spring.mail.port=" + port,
              "--db",
              db.toString());

      // then
      assertThat(status).as(err()).isZero();
      MimeMessage[] received = smtp.getReceivedMessages();
      assertThat(received).hasSize(2);
      assertThat(received[0].getSubject()).contains("情况报告").contains("2024年12月");
      assertThat(err()).contains("OK 已发送至 leader@putuo.example").contains("250");
    } finally {
      smtp.stop();
    }
  }

  @Test
  void mailToAnAbsentServerFailsWithExitOne() throws Exception {
    // given: a port nobody listens on
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }

    // when
    int status =
        run(
            "report",
            "district",
            "--period",
            "2024-12",
            "--mail-to",
            "leader@putuo.example",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + port,
            "--db",
            db.toString());

    // then
    assertThat(status).isEqualTo(1);
    assertThat(err()).contains("REJECTED 发送至 leader@putuo.example 失败");
  }
}
