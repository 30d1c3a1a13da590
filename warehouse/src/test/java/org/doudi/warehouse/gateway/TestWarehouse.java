package org.doudi.warehouse.gateway;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.doudi.warehouse.DuckDbDataSource;
import org.doudi.warehouse.WarehouseSettings;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.migration.MigrationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/** A real warehouse file in a temporary folder, migrated and filled with the gateway fixture. */
final class TestWarehouse implements AutoCloseable {

  final Path folder;
  final DuckDbDataSource dataSource;
  final JdbcTemplate jdbc;
  final SqlGateway gateway;

  private TestWarehouse(Path folder, Duration timeout, int maxRows, boolean fixture) {
    this(folder, new GatewaySettings(timeout, maxRows), fixture);
  }

  private TestWarehouse(Path folder, GatewaySettings settings, boolean fixture) {
    this.folder = folder;
    this.dataSource =
        new DuckDbDataSource(
            new WarehouseSettings(
                folder.resolve("doudi.duckdb"),
                "1GB",
                2,
                List.of(folder.resolve("inbox"), folder.resolve("backups"))));
    new MigrationRunner(dataSource).migrate();
    this.jdbc = new JdbcTemplate(dataSource);
    if (fixture) {
      try (Connection connection = dataSource.getConnection()) {
        ScriptUtils.executeSqlScript(
            connection,
            new org.springframework.core.io.support.EncodedResource(
                new ClassPathResource("gateway/fixture.sql"), StandardCharsets.UTF_8));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    this.gateway = new SqlGateway(dataSource, settings, new SqlQueryLog(jdbc, new AuditLog(jdbc)));
  }

  static TestWarehouse withFixture(Path folder) {
    return new TestWarehouse(folder, Duration.ofSeconds(30), 10_000, true);
  }

  static TestWarehouse withFixture(Path folder, Duration timeout, int maxRows) {
    return new TestWarehouse(folder, timeout, maxRows, true);
  }

  static TestWarehouse withFixture(Path folder, GatewaySettings settings) {
    return new TestWarehouse(folder, settings, true);
  }

  /** Runs {@code sql} directly on DuckDB and returns its rows as normalised text. */
  List<List<String>> direct(String sql) throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<List<String>> rows = new ArrayList<>();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.add(normalise(rs.getObject(i)));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /** Returns the gateway's rows as normalised text. */
  static List<List<String>> rows(QueryResult result) {
    return result.rows().stream()
        .map(row -> java.util.Arrays.stream(row).map(TestWarehouse::normalise).toList())
        .collect(Collectors.toList());
  }

  /** Numbers compare by value (2 = 2.00), everything else by its text. */
  static String normalise(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Number number) {
      return new java.math.BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    return Objects.toString(value);
  }

  @Override
  public void close() {
    gateway.close();
    dataSource.close();
  }
}
