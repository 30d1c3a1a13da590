package org.doudi.warehouse.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.doudi.warehouse.DuckDbDataSource;
import org.doudi.warehouse.WarehouseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class MigrationRunnerTest {

  @TempDir Path home;

  private DuckDbDataSource open() {
    return new DuckDbDataSource(
        new WarehouseSettings(
            home.resolve("doudi.duckdb"),
            "1GB",
            1,
            List.of(home.resolve("inbox"), home.resolve("backups"))));
  }

  @Test
  void appliesMigrationsInNumericOrderEachOnce() {
    try (DuckDbDataSource dataSource = open()) {
      // given
      MigrationRunner runner = new MigrationRunner(dataSource, "migrationtest/ordered");

      // when
      List<Migration> first = runner.migrate();
      List<Migration> second = runner.migrate();

      // then
      assertThat(first)
          .extracting(Migration::name)
          .containsExactly("V9__thing.sql", "V10__thing_label.sql");
      assertThat(second).isEmpty();
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      assertThat(jdbc.queryForList("SELECT label FROM thing", String.class))
          .containsExactly("eins");
      assertThat(
              jdbc.queryForList(
                  "SELECT version || ' ' || name FROM schema_migration ORDER BY applied_at, version",
                  String.class))
          .containsExactly("9 V9__thing.sql", "10 V10__thing_label.sql");
    }
  }

  @Test
  void refusesToStartWhenAnAppliedMigrationChangedNamingIt() {
    try (DuckDbDataSource dataSource = open()) {
      // given
      new MigrationRunner(dataSource, "migrationtest/ordered").migrate();

      // when / then
      assertThatThrownBy(() -> new MigrationRunner(dataSource, "migrationtest/changed").migrate())
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("V10__thing_label.sql")
          .hasMessageContaining("校验和不一致");
      assertThat(new JdbcTemplate(dataSource).queryForList("SELECT label FROM thing", String.class))
          .containsExactly("eins");
    }
  }

  @Test
  void refusesTwoMigrationsWithTheSameNumber() {
    try (DuckDbDataSource dataSource = open()) {
      // when / then
      assertThatThrownBy(() -> new MigrationRunner(dataSource, "migrationtest/duplicate").migrate())
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("V9__")
          .hasMessageContaining("编号相同");
    }
  }

  @Test
  void theProductsOwnMigrationsApplyOnAFreshWarehouseAndNotAgain() {
    try (DuckDbDataSource dataSource = open()) {
      // when
      List<Migration> applied = new MigrationRunner(dataSource).migrate();
      List<Migration> again = new MigrationRunner(dataSource).migrate();

      // then
      assertThat(applied).extracting(Migration::version).startsWith(1, 2, 3, 4).isSorted();
      assertThat(again).isEmpty();
    }
  }
}
