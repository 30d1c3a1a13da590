package org.doudi.warehouse.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Legitimate analysis through the gateway: same rows as DuckDB, pushed down, capped, audited. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlGatewayTest {

  private TestWarehouse warehouse;

  @BeforeAll
  void openWarehouse(@TempDir Path folder) {
    warehouse = TestWarehouse.withFixture(folder, Duration.ofSeconds(30), 1000);
  }

  @AfterAll
  void closeWarehouse() {
    warehouse.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // GROUP BY over the contract's column period, unquoted
        "SELECT period, sum(clues_total) AS clues, sum(clues_resolved) AS resolved"
            + " FROM street_report GROUP BY period ORDER BY period",
        // join: streets whose figures differ from the ones reported to discipline inspection
        "SELECT s.period, s.street_name, s.guanxi_recovered_yuan, d.guanxi_recovered_yuan AS reported"
            + " FROM street_report s JOIN discipline_report d"
            + " ON d.period = s.period AND d.street_code = s.street_code"
            + " WHERE s.guanxi_recovered_yuan <> d.guanxi_recovered_yuan ORDER BY s.period, s.street_code",
        // window functions: clue resolution rate fell two months running
        "WITH rate AS (SELECT period, street_code, CAST(clues_resolved AS DOUBLE) / clues_total AS rate"
            + " FROM street_report), lagged AS (SELECT period, street_code, rate,"
            + " LAG(rate, 1) OVER (PARTITION BY street_code ORDER BY period) AS prev1,"
            + " LAG(rate, 2) OVER (PARTITION BY street_code ORDER BY period) AS prev2 FROM rate)"
            + " SELECT period, street_code, rate FROM lagged WHERE rate < prev1 AND prev1 < prev2"
            + " ORDER BY period, street_code",
        "SELECT period, street_name, renqing_recovered_yuan,"
            + " RANK() OVER (PARTITION BY period ORDER BY renqing_recovered_yuan DESC) AS rk"
            + " FROM street_report ORDER BY period, rk, street_name",
        // CTE: petitions per street in the log vs the form's figure
        "WITH cases AS (SELECT period, street_code, count(*) AS cases FROM petition"
            + " GROUP BY period, street_code) SELECT r.period, r.street_code, r.petitions_handled,"
            + " c.cases, r.petitions_handled - c.cases AS gap FROM street_report r"
            + " JOIN cases c ON c.period = r.period AND c.street_code = r.street_code"
            + " ORDER BY r.period, r.street_code",
        // date functions
        "SELECT EXTRACT(YEAR FROM received_date) AS y, EXTRACT(MONTH FROM received_date) AS m,"
            + " count(*) AS cases, sum(CASE WHEN resolved THEN 1 ELSE 0 END) AS resolved_cases,"
            + " min(received_date) AS first_day FROM petition"
            + " WHERE received_date >= DATE '2024-10-01'"
            + " AND received_date < DATE '2024-10-01' + INTERVAL '2' MONTH"
            + " GROUP BY EXTRACT(YEAR FROM received_date), EXTRACT(MONTH FROM received_date)"
            + " ORDER BY 1, 2",
        // Chinese literals
        "SELECT case_no, channel, issues FROM petition"
            + " WHERE channel = '12345热线' AND issues LIKE '%人情保%' ORDER BY case_no",
        "SELECT street_code, count(*) AS n FROM petition GROUP BY street_code"
            + " HAVING count(*) >= 300 ORDER BY street_code",
        "SELECT name FROM street WHERE code IN (SELECT street_code FROM finding WHERE severity = 'high')",
        "SELECT status, count(closed_date) AS closed, count(*) AS all_cases FROM petition"
            + " GROUP BY status ORDER BY status",
        "SELECT period, streets_reported, renqing_removed FROM district_month ORDER BY period DESC",
        // NULLs sort as in DuckDB: last, also when descending
        "SELECT case_no, closed_date FROM petition WHERE street_code = 'wanli'"
            + " ORDER BY closed_date DESC, case_no LIMIT 400",
        "SELECT street_code, sum(CASE WHEN real_name THEN 1 END) AS s FROM petition"
            + " WHERE category = '其他' AND real_name GROUP BY street_code ORDER BY s DESC, street_code",
        // IN lists of literals of different lengths (Calcite casts them; DuckDB must parse the
        // cast)
        "SELECT street_code, contact_name FROM street_report"
            + " WHERE street_code IN ('wanli', 'changshoulu') ORDER BY street_code, contact_name",
        "SELECT Period, STREET_CODE FROM Street_Report WHERE street_code = 'changshoulu' ORDER BY 1"
      })
  void legitimateQueryReturnsTheSameRowsAsDuckDb(String sql) throws Exception {
    // given a question the work team asks
    // when it goes through the gateway and straight to DuckDB
    QueryResult result = warehouse.gateway.query("analyst", Channel.CONSOLE, sql);
    List<List<String>> direct = warehouse.direct(sql);
    // then the rows are the same, and DuckDB ran Calcite's SQL, not the text sent
    assertThat(direct).isNotEmpty();
    assertThat(TestWarehouse.rows(result)).isEqualTo(direct);
    assertThat(result.capped()).isFalse();
    assertThat(result.executedSql()).isNotEqualTo(sql).contains("\"main\".");
  }

  @Test
  void aggregateRunsInsideDuckDb() {
    // given an aggregate over the petition log
    String sql =
        "SELECT period, street_code, count(*) AS cases FROM petition GROUP BY period, street_code";
    // when the gateway explains it
    String plan = warehouse.gateway.explain(sql);
    // then the whole plan is in the JDBC convention under one converter: DuckDB aggregates
    assertThat(plan.lines().findFirst()).contains("JdbcToEnumerableConverter");
    assertThat(plan).contains("JdbcAggregate(group=[{2, 6}], cases=[COUNT()])");
    assertThat(plan).doesNotContain("EnumerableAggregate");
    assertThat(plan).contains("整条查询下推到 DuckDB 执行").contains("GROUP BY \"period\", \"street_code\"");
  }

  @Test
  void resultBeyondTheRowCapIsCutAndSaysSo() {
    // given a cap of 1000 rows and a log of 3000 cases
    // when every case is asked for
    QueryResult result =
        warehouse.gateway.query("analyst", Channel.CONSOLE, "SELECT case_no FROM petition");
    // then 1000 come back, the result says it was cut, and DuckDB was asked for one row more only
    assertThat(result.rows()).hasSize(1000);
    assertThat(result.capped()).isTrue();
    assertThat(result.capNote()).isEqualTo("结果超过 1000 行，只返回前 1000 行（行数上限由系统管理员设置）。");
    assertThat(result.executedSql()).contains("FETCH NEXT 1001 ROWS ONLY");
  }

  @Test
  void crossJoinOfThePetitionLogStopsAtTheRowCap() {
    // given a cap of 1000 rows and 3000 cases
    // when the log is joined with itself (9,000,000 rows)
    long start = System.nanoTime();
    QueryResult result =
        warehouse.gateway.query(
            "analyst", Channel.CONSOLE, "SELECT a.case_no, b.case_no FROM petition a, petition b");
    // then DuckDB stops after the cap instead of producing them all
    assertThat(result.rows()).hasSize(1000);
    assertThat(result.capped()).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void longQueryIsCancelledInsideDuckDbAndTheGatewayStaysUsable(@TempDir Path folder) {
    // given a gateway with a one-second timeout
    try (TestWarehouse quick = TestWarehouse.withFixture(folder, Duration.ofSeconds(1), 1000)) {
      quick.gateway.query("analyst", Channel.CLI, "SELECT count(*) FROM street");
      // when a cross join of 2.7e10 rows runs
      long start = System.nanoTime();
      QueryRefusedException stopped =
          catchThrowableOfType(
              QueryRefusedException.class,
              () ->
                  quick.gateway.query(
                      "analyst",
                      Channel.CLI,
                      "SELECT count(*) FROM petition a, petition b, petition c"));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      // then DuckDB was interrupted soon after the limit, and the next query runs normally
      assertThat(stopped.timedOut()).isTrue();
      assertThat(stopped.getMessage()).startsWith("查询超过 1 秒的时限，已在 DuckDB 中中止");
      assertThat(took).isLessThan(Duration.ofSeconds(10));
      assertThat(
              TestWarehouse.rows(
                  quick.gateway.query("analyst", Channel.CLI, "SELECT count(*) FROM petition")))
          .containsExactly(List.of("3000"));
    }
  }

  @Test
  void everyQueryIsAuditedWithRowsAndTime() throws Exception {
    // given an analyst's query and a refused one
    warehouse.gateway.query("auditee", Channel.JDBC, "SELECT code FROM street");
    catchThrowableOfType(
        QueryRefusedException.class,
        () -> warehouse.gateway.query("auditee", Channel.CLI, "DROP TABLE street"));
    // when the query log is read
    List<List<String>> log =
        warehouse.direct(
            "SELECT channel, sql_text, outcome, row_count, elapsed_ms >= 0, message IS NOT NULL"
                + " FROM sql_query_log WHERE username = 'auditee' ORDER BY id");
    // then both are there, with who, what, rows, time and whether refused
    assertThat(log)
        .containsExactly(
            List.of("jdbc", "SELECT code FROM street", "ok", "10", "true", "false"),
            List.of("cli", "DROP TABLE street", "refused", "null", "true", "true"));
    assertThat(
            warehouse.direct(
                "SELECT action, target, outcome FROM audit_log WHERE username = 'auditee' ORDER BY id"))
        .containsExactly(
            List.of("sql_query", "SELECT code FROM street", "ok"),
            List.of("sql_query", "DROP TABLE street", "refused"));
  }
}
