package org.doudi.dashboard.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.doudi.warehouse.backup.HashSecretSource;
import org.doudi.warehouse.backup.WarehouseBackup;
import org.doudi.warehouse.backup.WarehouseRestore;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.rectification.NewItem;
import org.doudi.warehouse.rectification.ProblemList;
import org.doudi.warehouse.rectification.RectificationWorkflow;
import org.doudi.warehouse.rectification.SummaryReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A backup carries the files kept beside the warehouse, and a restore brings them back. */
@SpringBootTest(properties = {"doudi.demo=false", "doudi.mode=server"})
class BackupKeepsFilesTest {

  private static final Path HOME = temp("doudi-backup-files");
  private static final Path ELSEWHERE = temp("doudi-backup-files-out");

  private static Path temp(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> HOME.resolve("doudi.duckdb").toString());
  }

  @Autowired ProblemList problems;
  @Autowired RectificationWorkflow workflow;
  @Autowired SummaryReports reports;
  @Autowired WarehouseBackup backup;
  @Autowired HashSecretSource secret;

  @Test
  void aBackupWithOneEvidenceFileAndOneSummaryReportRestoresBothByteIdentical() throws Exception {
    // given an item with an evidence scan and a street's summary report
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3, (byte) 0xFF};
    byte[] pdf = "%PDF-1.4\n长寿路街道自查自纠工作总结报告\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    StreetAccess street = StreetAccess.of("changshoulu");
    long item =
        problems.create(
            street,
            new NewItem(
                "changshoulu",
                "自查自纠",
                "人情保",
                "低保户家属为居委干部",
                "民政科",
                "王科长",
                "复核",
                LocalDate.of(2024, 12, 20)),
            "csclerk");
    workflow.attachEvidence(street, item, "复核记录.png", png, "csclerk");
    reports.attach(street, "changshoulu", "长寿路总结.pdf", pdf, "csclerk");
    // when it is backed up to another folder and restored into a third
    Path written = backup.writeTo(ELSEWHERE.resolve("backups"), "doudi-test.duckdb");
    Path target = ELSEWHERE.resolve("restored").resolve("doudi.duckdb");
    WarehouseRestore.restore(written, target, secret.secret());
    // then each row of the restored warehouse finds its file, byte for byte
    assertThat(bytes(target, "evidence_file")).isEqualTo(png);
    assertThat(bytes(target, "summary_report_file")).isEqualTo(pdf);
  }

  /** Reads the one file a table of the restored warehouse names, under its own folder. */
  private static byte[] bytes(Path warehouse, String table) throws Exception {
    java.util.Properties readOnly = new java.util.Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouse, readOnly);
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT stored_path FROM " + table)) {
      assertThat(rs.next()).isTrue();
      Path file = warehouse.getParent().resolve(rs.getString(1));
      assertThat(rs.next()).isFalse();
      return Files.readAllBytes(file);
    }
  }
}
