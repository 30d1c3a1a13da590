package org.doudi.warehouse.findings;

import java.nio.file.Path;
import java.util.List;
import org.doudi.warehouse.dictionary.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Measures recomputation over 24 months × 10 streets of forms and discipline figures and 1,000,000
 * petition cases (with a complaint ledger over them). Not part of the test suite (its name does not
 * end in Test); run it with {@code ./mvnw -B -q -pl warehouse -am test -Dtest=FindingsBench
 * -Dsurefire.failIfNoSpecifiedTests=false} and read the figures on stdout.
 */
@SpringJUnitConfig(FindingsTestConfiguration.class)
class FindingsBench {

  @TempDir static Path warehouse;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> warehouse.resolve("doudi.duckdb").toString());
  }

  @Autowired JdbcTemplate jdbc;
  @Autowired FindingsEngine engine;

  private static final String FIGURES =
      "renqing_removed, renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan,"
          + " zhengce_removed, zhengce_recovered_yuan, whole_household_added, sanwu_removed,"
          + " sanwu_recovered_yuan, clues_total, clues_resolved, petitions_handled,"
          + " petitions_resolved, card_custody_cases, relative_filings";

  @Test
  void recomputeOverTwoYearsAndAMillionCases() {
    long t0 = System.nanoTime();
    jdbc.execute(
        "CREATE TABLE bench_month AS SELECT strftime(DATE '2023-01-01' + INTERVAL (m) MONTH,"
            + " '%Y-%m') AS period FROM range(24) t(m)");
    String values =
        " (h % 5), (h % 5) * 1000.50, (h // 5 % 4), (h // 5 % 4) * 2000.25, (h // 20 % 3), 0,"
            + " (h % 2), (h // 7 % 4), (h // 7 % 4) * 900, 5 + h % 10, 3 + h % 3, 20 + h % 30,"
            + " 10 + h % 10, h % 4, h % 6";
    jdbc.execute(
        "INSERT INTO street_form (period, street_code, version, fill_date, "
            + FIGURES
            + ") SELECT period, code, 1, (strptime(period || '-20', '%Y-%m-%d') + INTERVAL 1 MONTH)::DATE"
            + " + (h % 9)::INTEGER, "
            + values
            + " FROM (SELECT period, code, hash(period || code) % 1000 AS h FROM bench_month, street)");
    jdbc.execute(
        "INSERT INTO discipline_figure (period, street_code, version, "
            + FIGURES
            + ") SELECT period, code, 1, "
            + values.replace("20 + h % 30", "20 + h % 30 + (h % 13 = 0)::INTEGER")
            + " FROM (SELECT period, code, hash(period || code) % 1000 AS h FROM bench_month, street)");
    jdbc.execute(
        "INSERT INTO petition_case (case_no, received_date, channel, real_name, category,"
            + " street_code, status, closed_date, resolved)"
            + " SELECT 'XF' || lpad(i::VARCHAR, 9, '0'), DATE '2023-01-01' + (i % 730)::INTEGER,"
            + " '12345热线', i % 3 = 0, CASE WHEN i % 2 = 0 THEN '投诉举报' ELSE '求助申请' END, s.code,"
            + " CASE WHEN i % 5 = 0 THEN '办理中' ELSE '已办结' END, NULL, i % 5 <> 0"
            + " FROM range(1000000) t(i) JOIN street s ON s.sort_order = i % 10 + 1");
    jdbc.execute(
        "CREATE OR REPLACE VIEW complaint_ledger AS SELECT case_no, street_code, received_date,"
            + " status AS state, status = '办理中' AND DATE '2025-03-01' - received_date > 30 AS overdue,"
            + " DATE '2025-03-01' - received_date AS days_open FROM petition_case"
            + " WHERE real_name AND category = '投诉举报'");
    long setup = (System.nanoTime() - t0) / 1_000_000;

    Recomputation cold = engine.recomputeAll();
    Recomputation warm = engine.recomputeAll();
    Recomputation one = engine.recompute(List.of(Period.of(2024, 6)));
    Recomputation three =
        engine.recompute(List.of(Period.of(2024, 4), Period.of(2024, 5), Period.of(2024, 6)));

    System.out.printf(
        "BENCH setup (240 forms, 240 discipline rows, 1,000,000 cases): %d ms%n", setup);
    System.out.printf(
        "BENCH recompute all (%d periods, first run, %d findings, %d new): %d ms%n",
        cold.periods().size(), cold.found(), cold.added(), cold.millis());
    System.out.printf(
        "BENCH recompute all again (%d findings kept): %d ms%n", warm.found(), warm.millis());
    System.out.printf(
        "BENCH recompute one period (%d findings): %d ms%n", one.found(), one.millis());
    System.out.printf(
        "BENCH recompute three periods (%d findings): %d ms%n", three.found(), three.millis());
    System.out.println(
        "BENCH findings by rule: "
            + jdbc.queryForList(
                "SELECT rule || '=' || count(*) FROM finding GROUP BY rule ORDER BY rule",
                String.class));
  }
}
