package org.doudi.dashboard.charts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.doudi.dashboard.DoudiApplication;
import org.doudi.dashboard.security.DoudiUser;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.Role;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Measures the chart endpoints over a warehouse of 24 months and 1,000,000 petition cases: median
 * and p95 latency per endpoint (through the whole Spring MVC and security chain, JSON included)
 * against the very same SQL run straight on DuckDB. Run it with
 *
 * <pre>./mvnw -B -q -pl dashboard -am test -Dtest=ChartBenchmark -Ddoudi.bench=true
 *     -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * <p>It prints a table and writes it to {@code dashboard/target/bench/chart-latency.md}.
 */
@SpringBootTest(classes = DoudiApplication.class)
@AutoConfigureMockMvc
@EnabledIfSystemProperty(
    named = "doudi.bench",
    matches = "true",
    disabledReason = "benchmark: run with -Ddoudi.bench=true")
class ChartBenchmark {

  private static final int WARM_UP = 5;
  private static final int RUNS = 30;
  private static final Path HOME = home();

  private static Path home() {
    try {
      return Files.createTempDirectory("doudi-chart-bench");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> HOME.resolve("bench.duckdb").toString());
    registry.add("doudi.demo", () -> "false");
    registry.add("doudi.campaign.start", () -> "2023-01");
    registry.add("doudi.backup.cron", () -> "-");
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired TrendCharts trends;
  @Autowired StreetComparisonChart comparison;
  @Autowired DiscrepancyHeatmap heatmap;
  @Autowired PetitionVolumeCharts petitions;
  @Autowired StreetDictionary streets;
  @Autowired ChartPeriods campaign;

  @Test
  void chartEndpointsOverAMillionPetitionCases() throws Exception {
    // given
    long started = System.nanoTime();
    String script =
        new ClassPathResource("bench/warehouse.sql").getContentAsString(StandardCharsets.UTF_8);
    for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
      if (!statement.isBlank()) {
        jdbc.execute(statement);
      }
    }
    long loadMillis = (System.nanoTime() - started) / 1_000_000;
    long cases = jdbc.queryForObject("SELECT count(*) FROM petition", Long.class);
    RequestPostProcessor leader =
        user(
            new DoudiUser(
                new Account("bench", "x", Role.LEADER, null, "bench", null, true, 0, null), false));
    PeriodRange all = campaign.resolve("all", null).orElseThrow();
    PeriodRange month = campaign.resolve("2024-12", null).orElseThrow();
    Map<String, Case> endpoints = new LinkedHashMap<>();
    endpoints.put("removals?period=all", new Case(() -> trends.removalsQuery(all, null)));
    endpoints.put("recovered?period=all", new Case(() -> trends.recoveredQuery(all, null)));
    endpoints.put("handling?period=all", new Case(() -> trends.handlingQuery(all, null)));
    endpoints.put("streets?period=all", new Case(() -> comparison.query(all, null)));
    endpoints.put("discrepancy?period=all", new Case(() -> heatmap.query(all, null)));
    endpoints.put(
        "petitions/channels?period=all", new Case(() -> petitions.channelsQuery(all, null)));
    endpoints.put(
        "petitions/programs?period=all", new Case(() -> petitions.programsQuery(all, null)));
    endpoints.put("petitions/issues?period=all", new Case(() -> petitions.issuesQuery(all, null)));
    endpoints.put(
        "petitions/channels?period=2024-12", new Case(() -> petitions.channelsQuery(month, null)));
    endpoints.put("discrepancy?period=2024-12", new Case(() -> heatmap.query(month, null)));

    // when
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "warehouse: %,d petition cases, 24 months x 10 streets; generated in %,d ms; %d runs after %d warm-up",
            cases,
            loadMillis,
            RUNS,
            WARM_UP));
    lines.add("");
    lines.add(
        "| endpoint /api/charts/… | median ms | p95 ms | SQL on DuckDB median ms | p95 ms | ratio (median) |");
    lines.add("|---|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, Case> entry : endpoints.entrySet()) {
      String url = "/api/charts/" + entry.getKey();
      double[] endpoint =
          measure(
              () -> {
                try {
                  mvc.perform(get(url).with(leader)).andReturn().getResponse().getContentAsString();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      ChartQuery query = entry.getValue().query().get();
      double[] direct = measure(() -> runDirect(query));
      lines.add(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.1f | %.1f | %.1f | %.2f |",
              entry.getKey(),
              endpoint[0],
              endpoint[1],
              direct[0],
              direct[1],
              endpoint[0] / direct[0]));
    }

    // then
    String table = String.join("\n", lines) + "\n";
    System.out.println(table);
    Path out = Path.of("target", "bench");
    Files.createDirectories(out);
    Files.writeString(out.resolve("chart-latency.md"), table);
  }

  /** One endpoint's query, built as the endpoint builds it. */
  record Case(Supplier<ChartQuery> query) {}

  private void runDirect(ChartQuery query) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(query.sql())) {
      Object[] args = query.argArray();
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int c = 1; c <= columns; c++) {
            rs.getObject(c);
          }
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the median and the 95th percentile in milliseconds. */
  private static double[] measure(Runnable run) {
    for (int i = 0; i < WARM_UP; i++) {
      run.run();
    }
    double[] millis = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      run.run();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return new double[] {millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1]};
  }
}
