package org.doudi.warehouse.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.doudi.warehouse.DuckDbDataSource;
import org.doudi.warehouse.WarehouseSettings;
import org.doudi.warehouse.migration.MigrationRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class WarehouseBackupTest {

  @TempDir Path home;
  @TempDir Path elsewhere;

  private static DuckDbDataSource open(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    DuckDbDataSource dataSource =
        new DuckDbDataSource(
            new WarehouseSettings(
                file, "1GB", 1, List.of(dir.resolve("inbox"), dir.resolve("backups"))));
    new MigrationRunner(dataSource).migrate();
    return dataSource;
  }

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Shanghai"));
  }

  private static void fill(JdbcTemplate jdbc) {
    jdbc.update(
        "INSERT INTO app_user (username, password_hash, role, street_code)"
            + " VALUES ('clerk', 'hash', 'street', 'wanli'), ('boss', 'hash', 'leader', NULL)");
    for (int i = 0; i < 3; i++) {
      jdbc.update(
          "INSERT INTO load_log (kind, file_name, loaded_by, status) VALUES ('street_form', ?,"
              + " 'clerk', 'loaded')",
          "f" + i + ".xlsx");
    }
    jdbc.update(
        "INSERT INTO street_form (period, street_code, version, load_id, "
            + "renqing_removed, renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan,"
            + " zhengce_removed, zhengce_recovered_yuan, whole_household_added, sanwu_removed,"
            + " sanwu_recovered_yuan, clues_total, clues_resolved, petitions_handled,"
            + " petitions_resolved, card_custody_cases, relative_filings)"
            + " VALUES ('2024-12', 'wanli', 1, 2, 1, 1510, 0, 0, 0, 0, 2, 0, 0, 5, 4, 30, 28, 1, 12)");
    jdbc.update(
        "INSERT INTO audit_log (username, action, target) VALUES ('boss', 'login', 'boss')");
  }

  @Test
  void restoredCopyHoldsDataAccountsAndMigrationsAndHandsOutFreshIds() throws Exception {
    // given
    Path file = home.resolve("doudi.duckdb");
    Path copy;
    try (DuckDbDataSource source = open(file)) {
      fill(new JdbcTemplate(source));
      WarehouseBackup backup = new WarehouseBackup(source, at("2026-11-26T02:30:00Z"));

      // when
      copy = backup.writeTo(elsewhere, "restore-me.duckdb");
    }

    // then
    assertThat(copy).isEqualTo(elsewhere.resolve("restore-me.duckdb")).exists();
    try (Stream<Path> staged = Files.list(home.resolve("backups"))) {
      assertThat(staged).isEmpty();
    }
    try (DuckDbDataSource restored = open(copy)) {
      JdbcTemplate jdbc = new JdbcTemplate(restored);
      assertThat(new MigrationRunner(restored).migrate()).isEmpty();
      assertThat(jdbc.queryForList("SELECT username FROM app_user ORDER BY 1", String.class))
          .containsExactly("boss", "clerk");
      assertThat(
              jdbc.queryForObject(
                  "SELECT renqing_recovered_yuan FROM street_report WHERE street_code = 'wanli'",
                  java.math.BigDecimal.class))
          .isEqualByComparingTo("1510");
      Long id =
          jdbc.queryForObject(
              "INSERT INTO load_log (kind, file_name, loaded_by, status) VALUES ('discipline',"
                  + " 'x.csv', 'boss', 'loaded') RETURNING id",
              Long.class);
      assertThat(id).isGreaterThanOrEqualTo(4L);
      Long auditId =
          jdbc.queryForObject(
              "INSERT INTO audit_log (username, action) VALUES ('boss', 'logout') RETURNING id",
              Long.class);
      assertThat(auditId).isGreaterThanOrEqualTo(2L);
    }
  }

  @Test
  void refusesToOverwriteAnExistingBackup() throws Exception {
    // given
    Files.writeString(elsewhere.resolve("doudi.duckdb"), "keep me");
    try (DuckDbDataSource source = open(home.resolve("doudi.duckdb"))) {
      WarehouseBackup backup = new WarehouseBackup(source, at("2026-11-26T02:30:00Z"));

      // when / then
      assertThatThrownBy(() -> backup.writeTo(elsewhere, "doudi.duckdb"))
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("已存在");
    }
    assertThat(Files.readString(elsewhere.resolve("doudi.duckdb"))).isEqualTo("keep me");
  }

  @Test
  void rotatingBackupsKeepOnlyTheNewest() throws Exception {
    // given
    try (DuckDbDataSource source = open(home.resolve("doudi.duckdb"))) {
      Path folder = home.resolve("backups");
      for (String stamp : List.of("20261120-023000", "20261121-023000", "20261122-023000")) {
        Files.writeString(folder.resolve("doudi-" + stamp + ".duckdb"), "old");
      }
      Files.writeString(folder.resolve("notes.txt"), "not a backup");
      WarehouseBackup backup = new WarehouseBackup(source, at("2026-11-25T18:30:00Z"));

      // when
      Path written = backup.writeRotating(2);

      // then
      assertThat(written.getFileName().toString()).isEqualTo("doudi-20261126-023000.duckdb");
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files.map(p -> p.getFileName().toString()).sorted())
            .containsExactly(
                "doudi-20261122-023000.duckdb", "doudi-20261126-023000.duckdb", "notes.txt");
      }
    }
  }

  @Test
  void idsAfterARestoreFollowTheSequenceNotTheHighestRow() throws Exception {
    // given: ids 1..3 handed out, 2 and 3 deleted again
    Path copy;
    try (DuckDbDataSource source = open(home.resolve("doudi.duckdb"))) {
      JdbcTemplate jdbc = new JdbcTemplate(source);
      for (int i = 0; i < 3; i++) {
        jdbc.update("INSERT INTO audit_log (username, action) VALUES ('boss', 'login')");
      }
      jdbc.update("DELETE FROM audit_log WHERE id > 1");

      // when
      copy = new WarehouseBackup(source, at("2026-11-26T02:30:00Z")).writeTo(elsewhere, "c.duckdb");
    }

    // then
    try (DuckDbDataSource restored = open(copy)) {
      Long next =
          new JdbcTemplate(restored)
              .queryForObject(
                  "INSERT INTO audit_log (username, action) VALUES ('boss', 'logout') RETURNING id",
                  Long.class);
      assertThat(next).isGreaterThanOrEqualTo(4L);
    }
  }
}
