package org.doudi.dashboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.Arrays;

/**
 * Measures the petition charts' queries over N synthetic cases in a DuckDB file of their own, in
 * wall time and in CPU time of the process (all DuckDB threads), so that the cost per request is
 * known apart from how busy the machine is (docs/scale.md):
 *
 * <pre>
 * java -cp dashboard/target/test-classes:DUCKDB_JAR org.doudi.dashboard.bench.PetitionChartScan 10000000
 * </pre>
 */
public final class PetitionChartScan {

  private PetitionChartScan() {}

  static long cpu() throws Exception {
    // utime + stime of every thread, in clock ticks of 10 ms
    String s = Files.readString(Path.of("/proc/self/stat"));
    String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
  }

  /** Builds the cases and prints median wall and CPU per query, all periods and one month. */
  public static void main(String[] a) throws Exception {
    int n = Integer.parseInt(a[0]);
    Path dir = Files.createTempDirectory("doudi-chart-scan");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("scan.duckdb"));
        Statement st = c.createStatement()) {
      st.execute("SET threads = 2");
      st.execute(
          "CREATE OR REPLACE TABLE street AS SELECT 's' || i AS code, '街道' || i AS name FROM range(215) t(i)");
      long t0 = System.nanoTime();
      st.execute(
          "CREATE OR REPLACE TABLE petition_case AS SELECT 'XF' || i AS case_no,"
              + " DATE '2023-12-01' + CAST(i % 1080 AS INTEGER) AS received_date,"
              + " (['来电','来信','来访','网上信访','12345热线'])[1 + i % 5] AS channel, i % 5 < 2 AS real_name,"
              + " (['求助申请','投诉举报','政策咨询','其他'])[1 + (i // 7) % 4] AS category, 's' || (i // 13) % 215 AS street_code,"
              + " (['低保','特困','低保边缘','支出型贫困','临时救助','其他'])[1 + (i // 3) % 6] AS program,"
              + " CASE WHEN i % 5 = 0 THEN ['人情保','关系保'] ELSE [(['人情保','关系保','优亲厚友','吃拿卡要','资金发放','卡折代管','其他'])[1 + (i // 11) % 7]] END AS issues,"
              + " '已办结' AS status, i % 10 < 7 AS resolved FROM range("
              + n
              + ") t(i)");
      System.out.printf("built %,d cases in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
      st.execute(
          "CREATE OR REPLACE VIEW petition AS SELECT p.case_no, p.received_date, strftime(p.received_date, '%Y-%m') AS period, p.channel, p.real_name, p.category, p.street_code, s.name AS street_name, p.program, array_to_string(p.issues, '、') AS issues, p.status, p.resolved FROM petition_case p JOIN street s ON s.code = p.street_code");
      String[][] q = {
        {
          "channels",
          "SELECT channel, category, count(*) AS cases FROM petition WHERE received_date BETWEEN ? AND ? AND street_code = coalesce(?, street_code) GROUP BY channel, category"
        },
        {
          "programs",
          "SELECT coalesce(program, '未填写') AS program, count(*) AS cases, count(*) FILTER (WHERE resolved) AS resolved FROM petition WHERE received_date BETWEEN ? AND ? AND street_code = coalesce(?, street_code) GROUP BY 1"
        },
        {
          "issues",
          "SELECT issue, count(*) AS cases FROM (SELECT unnest(string_split(issues, '、')) AS issue FROM petition WHERE received_date BETWEEN ? AND ? AND street_code = coalesce(?, street_code)) WHERE trim(issue) <> '' GROUP BY issue ORDER BY cases DESC, issue"
        },
        {
          "issues over the array",
          "SELECT issue, count(*) AS cases FROM (SELECT unnest(issues) AS issue FROM petition_case WHERE received_date BETWEEN ? AND ? AND street_code = coalesce(?, street_code)) GROUP BY issue ORDER BY cases DESC, issue"
        },
      };
      String[][] ranges = {{"2023-12-01", "2026-11-30"}, {"2026-10-01", "2026-10-31"}};
      for (String[] query : q) {
        for (String[] r : ranges) {
          try (PreparedStatement ps = c.prepareStatement(query[1])) {
            ps.setDate(1, java.sql.Date.valueOf(r[0]));
            ps.setDate(2, java.sql.Date.valueOf(r[1]));
            ps.setNull(3, Types.VARCHAR);
            double[] ms = new double[5];
            long cpu0 = 0;
            for (int i = -1; i < 5; i++) {
              if (i == 0) cpu0 = cpu();
              long s = System.nanoTime();
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {}
              }
              if (i >= 0) ms[i] = (System.nanoTime() - s) / 1e6;
            }
            double cpuPer = (cpu() - cpu0) / 5.0;
            Arrays.sort(ms);
            System.out.printf(
                "%s %s..%s: median %.0f ms, cpu %.0f ms per query%n",
                query[0], r[0], r[1], ms[2], cpuPer);
          }
        }
      }
    }
  }
}
