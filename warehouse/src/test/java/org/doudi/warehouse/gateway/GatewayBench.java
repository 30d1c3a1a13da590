package org.doudi.warehouse.gateway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Measures the gateway's overhead against DuckDB directly, for aggregates over 1,000,000 petition
 * cases. Not part of the build's tests (the name does not end in Test); run it with
 *
 * <pre>
 * ./mvnw -B -q -pl warehouse -am test -Dtest=GatewayBench -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class GatewayBench {

  private static final int ROWS = 1_000_000;
  private static final int WARMUP = 10;
  private static final int RUNS = 30;

  private static final List<String> QUERIES =
      List.of(
          "SELECT period, street_code, count(*) AS cases,"
              + " sum(CASE WHEN resolved THEN 1 ELSE 0 END) AS resolved_cases"
              + " FROM petition GROUP BY period, street_code",
          "SELECT channel, category, count(*) AS cases FROM petition WHERE real_name"
              + " GROUP BY channel, category ORDER BY cases DESC",
          "SELECT street_code, count(*) AS cases, min(received_date) AS first_day,"
              + " max(received_date) AS last_day FROM petition"
              + " WHERE received_date >= DATE '2024-01-01' GROUP BY street_code ORDER BY street_code");

  @Test
  void gatewayOverheadOnAMillionPetitions() throws Exception {
    Path folder = Files.createTempDirectory("doudi-bench");
    try (TestWarehouse warehouse =
        TestWarehouse.withFixture(folder, Duration.ofMinutes(5), 10_000)) {
      long start = System.nanoTime();
      warehouse.jdbc.execute("DELETE FROM petition_case");
      warehouse.jdbc.execute(
          "INSERT INTO petition_case (case_no, received_date, channel, real_name, category,"
              + " street_code, program, issues, status, closed_date, resolved, load_id)"
              + " SELECT 'B' || lpad(i::VARCHAR, 8, '0'), DATE '2023-01-01' + (i % 730)::INTEGER,"
              + " ['来电', '来信', '来访', '网上信访', '12345热线'][1 + i % 5], i % 3 = 0,"
              + " ['求助申请', '投诉举报', '政策咨询', '其他'][1 + i % 4], s.code,"
              + " ['低保', '特困', '低保边缘', '支出型贫困', '临时救助', '其他'][1 + i % 6],"
              + " ['其他'], CASE WHEN i % 4 = 0 THEN '办理中' ELSE '已办结' END,"
              + " CASE WHEN i % 4 = 0 THEN NULL ELSE DATE '2023-01-11' + (i % 730)::INTEGER END,"
              + " i % 5 <> 0, 1"
              + " FROM range("
              + ROWS
              + ") t(i) JOIN street s ON s.sort_order = 1 + i % 10");
      System.out.printf(
          Locale.ROOT,
          "generated %,d petition cases in %d ms%n",
          ROWS,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      System.out.println(
          "| query | DuckDB direct (ms) | gateway planning (ms) | gateway execution (ms) | gateway total incl. audit (ms) | total / direct |");
      System.out.println("|---|---|---|---|---|---|");
      int q = 0;
      for (String sql : QUERIES) {
        q++;
        List<Double> direct = new ArrayList<>();
        List<Double> planning = new ArrayList<>();
        List<Double> execution = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        for (int i = 0; i < WARMUP + RUNS; i++) {
          double d = time(() -> drain(warehouse, sql));
          long t0 = System.nanoTime();
          QueryPlanner.PlannedQuery planned = warehouse.gateway.plan(sql);
          double p = (System.nanoTime() - t0) / 1e6;
          double e = time(() -> drain(warehouse, planned.duckDbSql()));
          double g = time(() -> warehouse.gateway.query("bench", Channel.CLI, sql));
          if (i >= WARMUP) {
            direct.add(d);
            planning.add(p);
            execution.add(e);
            total.add(g);
          }
        }
        System.out.printf(
            Locale.ROOT,
            "| Q%d | %.1f | %.1f | %.1f | %.1f | %.2f |%n",
            q,
            median(direct),
            median(planning),
            median(execution),
            median(total),
            median(total) / median(direct));
      }
      q = 0;
      for (String sql : QUERIES) {
        q++;
        System.out.println(
            "\nQ" + q + ": " + sql + "\n" + warehouse.gateway.explain("bench", Channel.CLI, sql));
      }
    }
  }

  private interface Work {
    void run() throws Exception;
  }

  private static double time(Work work) throws Exception {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e6;
  }

  private static void drain(TestWarehouse warehouse, String sql) throws Exception {
    try (Connection connection = warehouse.dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          rs.getObject(i);
        }
      }
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
