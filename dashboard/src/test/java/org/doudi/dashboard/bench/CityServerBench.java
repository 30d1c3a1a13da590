package org.doudi.dashboard.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server half of {@link CityBench}: starts the built jar on the bench warehouse, logs in as a
 * leader and measures every page and chart endpoint over HTTP (median and p95 of the runs after two
 * warm-ups), the district report cold and warm, and, logged in as an analyst, the five ad-hoc
 * statements through the SQL console's gateway.
 */
final class CityServerBench {

  private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private static final Pattern CSRF_META =
      Pattern.compile("name=\"_csrf\"\\s+content=\"([^\"]+)\"");
  private static final String PERIOD = "2026-10";

  private final CityBench bench;
  private final int port;
  private final int runs;
  private long serverPid;

  CityServerBench(CityBench bench, int port, int runs) {
    this.bench = bench;
    this.port = port;
    this.runs = runs;
  }

  /** Runs the five statements on DuckDB directly (the warehouse opened read-only). */
  static void directSql(CityBench bench, int runs) throws Exception {
    bench.line("");
    bench.line("## Ad-hoc SQL on DuckDB directly (JDBC, read-only, 2 threads; ms)");
    bench.line("| # | median | p95 | rows |");
    bench.line("|---|---:|---:|---:|");
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    try (Connection connection =
            DriverManager.getConnection("jdbc:duckdb:" + bench.warehouse(), properties);
        Statement statement = connection.createStatement()) {
      statement.execute("SET threads = 2");
      for (int q = 0; q < CityBench.SQL.length; q++) {
        double[] ms = new double[runs];
        int rows = 0;
        for (int i = -2; i < runs; i++) {
          long started = System.nanoTime();
          rows = 0;
          try (ResultSet rs = statement.executeQuery(CityBench.SQL[q])) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              for (int c = 1; c <= columns; c++) {
                rs.getObject(c);
              }
              rows++;
            }
          }
          if (i >= 0) {
            ms[i] = (System.nanoTime() - started) / 1e6;
          }
        }
        bench.line(
            String.format(
                Locale.ROOT, "| %d | %.0f | %.0f | %d |", q + 1, median(ms), p95(ms), rows));
      }
    }
  }

  void run() throws Exception {
    Path log = bench.warehouse().resolveSibling("server.out");
    Process server =
        new ProcessBuilder(
                "java",
                "-jar",
                bench.jar().toString(),
                "--server.port=" + port,
                "--doudi.warehouse.path=" + bench.warehouse(),
                "--doudi.streets.file=" + bench.data().resolve("streets.csv"),
                "--doudi.demo=false",
                "--doudi.findings.recompute-cron=-",
                "--doudi.backup.cron=-")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    serverPid = server.pid();
    try {
      long started = System.nanoTime();
      HttpClient leader = client();
      waitForPort(leader);
      bench.line("");
      bench.line(
          String.format(
              Locale.ROOT,
              "server start until the port answers: %.1f s",
              (System.nanoTime() - started) / 1e9));
      login(leader, "city-leader");
      String firstStreet = firstStreet(leader);
      bench.line("");
      bench.line(
          "## Pages and chart endpoints as a leader (HTTP on the built jar; ms; "
              + runs
              + " runs after 2 warm-ups)");
      bench.line("| URL | median | p95 | server CPU ms per request | bytes |");
      bench.line("|---|---:|---:|---:|---:|");
      List<String> urls =
          new ArrayList<>(
              List.of(
                  "/",
                  "/?period=" + PERIOD,
                  "/status",
                  "/streets/" + firstStreet,
                  "/findings",
                  "/findings?period=" + PERIOD,
                  "/petitions",
                  "/reports",
                  "/forms/history"));
      for (String chart :
          List.of(
              "removals",
              "recovered",
              "handling",
              "streets",
              "discrepancy",
              "petitions/channels",
              "petitions/programs",
              "petitions/issues")) {
        urls.add("/api/charts/" + chart + "?period=all");
        urls.add("/api/charts/" + chart + "?period=" + PERIOD);
      }
      urls.add("/api/charts/removals?period=all&street=" + firstStreet);
      for (String url : urls) {
        measure(leader, url);
      }
      report(leader);
      HttpClient analyst = client();
      login(analyst, "city-analyst");
      gatewaySql(analyst);
      long rss = rssMb(server.pid());
      bench.line("");
      bench.line("server peak RSS after the bench (VmHWM): " + rss + " MB; " + CityBench.machine());
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  private void measure(HttpClient client, String url) throws Exception {
    double[] ms = new double[runs];
    int bytes = 0;
    int status = 0;
    long cpuBefore = 0;
    for (int i = -2; i < runs; i++) {
      if (i == 0) {
        cpuBefore = cpuMs(serverPid);
      }
      long started = System.nanoTime();
      HttpResponse<byte[]> response =
          client.send(get(url), HttpResponse.BodyHandlers.ofByteArray());
      if (i >= 0) {
        ms[i] = (System.nanoTime() - started) / 1e6;
      }
      bytes = response.body().length;
      status = response.statusCode();
    }
    bench.line(
        String.format(
            Locale.ROOT,
            "| `%s`%s | %.0f | %.0f | %.0f | %,d |",
            url,
            status == 200 ? "" : " (HTTP " + status + ")",
            median(ms),
            p95(ms),
            (cpuMs(serverPid) - cpuBefore) / (double) runs,
            bytes));
  }

  private void report(HttpClient leader) throws Exception {
    bench.line("");
    bench.line("## District report (GET /reports/district, PDF)");
    String url = "/reports/district?period=" + PERIOD + "&format=pdf";
    long cpuCold = cpuMs(serverPid);
    long started = System.nanoTime();
    HttpResponse<byte[]> cold = leader.send(get(url), HttpResponse.BodyHandlers.ofByteArray());
    double coldMs = (System.nanoTime() - started) / 1e6;
    long cpuWarm = cpuMs(serverPid);
    double[] warm = new double[5];
    for (int i = 0; i < warm.length; i++) {
      started = System.nanoTime();
      leader.send(get(url), HttpResponse.BodyHandlers.ofByteArray());
      warm[i] = (System.nanoTime() - started) / 1e6;
    }
    bench.line(
        String.format(
            Locale.ROOT,
            "cold (first after start) %.0f ms (server CPU %d ms), HTTP %d, %,d bytes; warm median %.0f ms, max %.0f ms (server CPU %.0f ms per report)",
            coldMs,
            cpuWarm - cpuCold,
            cold.statusCode(),
            cold.body().length,
            median(warm),
            Arrays.stream(warm).max().orElse(0),
            (cpuMs(serverPid) - cpuWarm) / 5.0));
  }

  private void gatewaySql(HttpClient analyst) throws Exception {
    String page = analyst.send(get("/sql"), HttpResponse.BodyHandlers.ofString()).body();
    Matcher csrf = CSRF_META.matcher(page);
    String token = csrf.find() ? csrf.group(1) : "";
    bench.line("");
    bench.line("## Ad-hoc SQL through the gateway (POST /sql/api/query as an analyst; ms)");
    bench.line("| # | median | p95 | server CPU ms per request | HTTP |");
    bench.line("|---|---:|---:|---:|---|");
    for (int q = 0; q < CityBench.SQL.length; q++) {
      double[] ms = new double[runs];
      int status = 0;
      String body = "{\"sql\": \"" + CityBench.SQL[q].replace("\"", "\\\"") + "\"}";
      long cpuBefore = 0;
      for (int i = -2; i < runs; i++) {
        if (i == 0) {
          cpuBefore = cpuMs(serverPid);
        }
        HttpRequest request =
            HttpRequest.newBuilder(uri("/sql/api/query"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", token)
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long started = System.nanoTime();
        HttpResponse<String> response = analyst.send(request, HttpResponse.BodyHandlers.ofString());
        if (i >= 0) {
          ms[i] = (System.nanoTime() - started) / 1e6;
        }
        status = response.statusCode();
        if (status != 200 && i == -2) {
          bench.line("statement " + (q + 1) + ": " + response.body());
        }
      }
      double cpu = (cpuMs(serverPid) - cpuBefore) / (double) runs;
      bench.line(
          String.format(
              Locale.ROOT,
              "| %d | %.0f | %.0f | %.0f | %d |",
              q + 1,
              median(ms),
              p95(ms),
              cpu,
              status));
    }
  }

  /**
   * Returns the CPU time the process has used (user + system): on a machine shared with other work,
   * the per-request CPU says what a request costs where the wall time says how long it waited.
   */
  static long cpuMs(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields after the name: state is 0, utime is 11, stime is 12 (clock ticks of 10 ms)
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private String firstStreet(HttpClient client) throws Exception {
    String page = client.send(get("/status"), HttpResponse.BodyHandlers.ofString()).body();
    Matcher street = Pattern.compile("/streets/([a-z0-9_-]+)").matcher(page);
    return street.find() ? street.group(1) : "changshoulu";
  }

  private HttpClient client() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  private void waitForPort(HttpClient client) throws Exception {
    for (int i = 0; i < 600; i++) {
      try {
        client.send(get("/login"), HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException e) {
        Thread.sleep(500);
      }
    }
    throw new IllegalStateException("server did not answer on port " + port);
  }

  private void login(HttpClient client, String user) throws Exception {
    String page = client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
    Matcher csrf = CSRF_INPUT.matcher(page);
    String form =
        "username="
            + user
            + "&password=CityBench2026pw"
            + (csrf.find()
                ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
                : "");
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.uri().getPath().startsWith("/login")) {
      throw new IllegalStateException("login as " + user + " failed");
    }
  }

  private HttpRequest get(String url) {
    return HttpRequest.newBuilder(uri(url)).timeout(Duration.ofMinutes(3)).GET().build();
  }

  private URI uri(String url) {
    return URI.create("http://127.0.0.1:" + port + url);
  }

  private static long rssMb(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
          .filter(l -> l.startsWith("VmHWM"))
          .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
          .findFirst()
          .orElse(0L);
    } catch (IOException e) {
      return 0;
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static double p95(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.95 * sorted.length) - 1)];
  }
}
