package org.doudi.warehouse.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.DuckDbDataSource;
import org.doudi.warehouse.WarehouseSettings;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.migration.MigrationRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The five views of CONTRACT.md keep their column names and types, and pick the right rows. */
class ContractViewsTest {

  @TempDir static Path home;
  static DuckDbDataSource dataSource;
  static JdbcTemplate jdbc;

  @BeforeAll
  static void open() {
    dataSource =
        new DuckDbDataSource(
            new WarehouseSettings(
                home.resolve("doudi.duckdb"),
                "1GB",
                1,
                List.of(home.resolve("inbox"), home.resolve("backups"))));
    new MigrationRunner(dataSource).migrate();
    jdbc = new JdbcTemplate(dataSource);
  }

  @AfterAll
  static void close() {
    dataSource.close();
  }

  private static Map<String, String> columns(String view) {
    Map<String, String> columns = new LinkedHashMap<>();
    jdbc.query(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?"
            + " ORDER BY ordinal_position",
        rs -> {
          columns.put(rs.getString(1), rs.getString(2));
        },
        view);
    return columns;
  }

  private static List<String> withMetrics(String... first) {
    List<String> names = new ArrayList<>(List.of(first));
    for (Metric metric : Metric.values()) {
      names.add(metric.key());
    }
    return names;
  }

  @Test
  void streetReportHasThePeriodTheStreetAndTheFifteenFigures() {
    assertThat(columns("street_report").keySet())
        .containsAll(withMetrics("period", "street_code", "street_name"));
    assertThat(columns("street_report")).containsEntry("period", "VARCHAR");
  }

  @Test
  void disciplineReportHasThePeriodTheStreetAndTheFifteenFigures() {
    assertThat(columns("discipline_report").keySet())
        .containsAll(withMetrics("period", "street_code", "street_name"));
  }

  @Test
  void districtMonthHasThePeriodAndTheFifteenFigures() {
    assertThat(columns("district_month").keySet()).containsAll(withMetrics("period"));
  }

  @Test
  void petitionHasTheCaseColumnsWithDatesAndBooleans() {
    Map<String, String> columns = columns("petition");
    assertThat(columns)
        .containsEntry("case_no", "VARCHAR")
        .containsEntry("received_date", "DATE")
        .containsEntry("channel", "VARCHAR")
        .containsEntry("real_name", "BOOLEAN")
        .containsEntry("category", "VARCHAR")
        .containsEntry("street_code", "VARCHAR")
        .containsEntry("status", "VARCHAR")
        .containsEntry("closed_date", "DATE")
        .containsEntry("resolved", "BOOLEAN");
  }

  @Test
  void findingHasRuleMetricValuesSeverityAndMessage() {
    assertThat(columns("finding").keySet())
        .contains(
            "period",
            "street_code",
            "rule",
            "metric",
            "street_value",
            "other_value",
            "severity",
            "message");
  }

  @Test
  void streetReportShowsTheLatestVersionAndSumsIntoDistrictMonth() {
    // given
    String insert =
        "INSERT INTO street_form (period, street_code, version, "
            + Metric.columns()
            + ") VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)";
    jdbc.update(insert, "2024-12", "wanli", 1, 1);
    jdbc.update(insert, "2024-12", "wanli", 2, 3);
    jdbc.update(insert, "2024-12", "taopuzhen", 1, 4);

    // when
    List<String> rows =
        jdbc.queryForList(
            "SELECT street_name || ' v' || version || ' ' || renqing_removed FROM street_report"
                + " WHERE period = '2024-12' ORDER BY street_code",
            String.class);
    Long district =
        jdbc.queryForObject(
            "SELECT renqing_removed FROM district_month WHERE period = '2024-12'", Long.class);

    // then
    assertThat(rows).containsExactly("桃浦镇 v1 4", "万里街道 v2 3");
    assertThat(district).isEqualTo(7L);
  }
}
