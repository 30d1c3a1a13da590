package org.doudi.warehouse.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Defence in depth: even SQL that reaches DuckDB raw on a connection of the application's data
 * source, bypassing the gateway, cannot read or write files outside the allowed folders, install
 * extensions or loosen the configuration.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuckDbLockdownTest {

  private TestWarehouse warehouse;

  @BeforeAll
  void openWarehouse(@TempDir Path folder) {
    warehouse = TestWarehouse.withFixture(folder);
  }

  @AfterAll
  void closeWarehouse() {
    warehouse.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/passwd')",
        "SELECT * FROM '/etc/passwd'",
        "SELECT * FROM glob('/etc/*')",
        "COPY street TO '/tmp/doudi_lockdown_probe.csv'",
        "ATTACH '/tmp/doudi_lockdown_probe.duckdb' AS probe",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET enable_external_access = true",
        "SET lock_configuration = false",
        "SET allowed_directories = ['/']",
        "SET memory_limit = '100GB'"
      })
  void rawDuckDbOnTheApplicationsConnectionIsLockedDown(String sql) throws Exception {
    // given a connection handed out by the application's data source
    try (Connection connection = warehouse.dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      // when a file reader, writer, extension or setting change runs on it directly
      SQLException failure = catchThrowableOfType(SQLException.class, () -> statement.execute(sql));
      // then DuckDB itself refuses it and nothing appears on disk
      assertThat((Object) failure).as(sql).isNotNull();
      assertThat(failure.getMessage())
          .as(sql)
          .containsAnyOf(
              "Permission Error", "disabled", "locked", "lock_configuration", "Catalog Error");
    }
    assertThat(Files.exists(Path.of("/tmp/doudi_lockdown_probe.csv"))).isFalse();
    assertThat(Files.exists(Path.of("/tmp/doudi_lockdown_probe.duckdb"))).isFalse();
  }
}
