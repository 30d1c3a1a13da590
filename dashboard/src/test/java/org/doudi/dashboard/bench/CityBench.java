package org.doudi.dashboard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The city-scale bench (docs/scale.md): loads the files of {@link CityDataGenerator} with the built
 * jar's own {@code ingest} commands (wall time and peak resident memory of each, through {@code
 * /usr/bin/time}), recomputes the findings, measures the warehouse on disk and five ad-hoc
 * statements on DuckDB directly, then starts the server and measures every page and chart endpoint
 * as a logged-in leader, the district report cold and warm, and the same statements through the SQL
 * gateway ({@link CityServerBench}). Prints a Markdown table.
 *
 * <pre>
 * java -cp … org.doudi.dashboard.bench.CityBench --jar dashboard/target/doudi.jar \
 *     --data /tmp/city/data --work /tmp/city/w [--port 8188] [--runs 15] [--skip-load]
 *     [--skip-findings]
 * </pre>
 */
public final class CityBench {

  static final String[] SQL = {
    "SELECT street_name, sum(renqing_removed + guanxi_removed + zhengce_removed + sanwu_removed)"
        + " AS removed FROM street_report WHERE period >= '2026-01' GROUP BY street_name"
        + " ORDER BY removed DESC LIMIT 20",
    "SELECT period, channel, count(*) AS cases FROM petition GROUP BY period, channel"
        + " ORDER BY period, channel",
    "SELECT street_code, count(*) AS cases,"
        + " sum(CASE WHEN real_name AND category = '投诉举报' THEN 1 ELSE 0 END) AS real_name_complaints"
        + " FROM petition WHERE received_date >= DATE '2026-01-01' GROUP BY street_code"
        + " ORDER BY cases DESC LIMIT 50",
    "SELECT rule, severity, count(*) AS findings FROM finding GROUP BY rule, severity"
        + " ORDER BY findings DESC",
    "SELECT p.street_code, count(*) AS log_cases, max(s.petitions_handled) AS form_cases"
        + " FROM petition p JOIN street_report s ON s.street_code = p.street_code"
        + " AND s.period = p.period WHERE p.period = '2026-10' GROUP BY p.street_code"
        + " ORDER BY p.street_code"
  };

  private final Path jar;
  private final Path data;
  private final Path work;
  private final StringBuilder report = new StringBuilder();

  private CityBench(Path jar, Path data, Path work) {
    this.jar = jar;
    this.data = data;
    this.work = work;
  }

  /** Runs the bench; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    Path jar = Path.of("dashboard/target/doudi.jar");
    Path data = Path.of("/tmp/city/data");
    Path work = Path.of("/tmp/city/w");
    int port = 8188;
    int runs = 15;
    boolean load = true;
    boolean findings = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--jar" -> jar = Path.of(args[++i]);
        case "--data" -> data = Path.of(args[++i]);
        case "--work" -> work = Path.of(args[++i]);
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--skip-load" -> load = false;
        case "--skip-findings" -> findings = false;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    CityBench bench = new CityBench(jar, data, work);
    bench.line("# City-scale bench, " + java.time.OffsetDateTime.now());
    bench.line("machine: " + machine());
    if (load) {
      bench.load();
    }
    if (findings) {
      bench.findings();
    }
    bench.users();
    bench.size();
    bench.directSql(runs);
    new CityServerBench(bench, port, runs).run();
    Path out = work.resolve("city-bench.md");
    Files.writeString(out, bench.report, StandardCharsets.UTF_8);
    System.out.println("written " + out);
  }

  Path warehouse() {
    return work.resolve("doudi.duckdb");
  }

  Path jar() {
    return jar;
  }

  Path data() {
    return data;
  }

  void line(String text) {
    System.out.println(text);
    report.append(text).append('\n');
  }

  private void load() throws Exception {
    Files.createDirectories(work);
    for (Path stale : List.of(warehouse(), Path.of(warehouse() + ".wal"))) {
      Files.deleteIfExists(stale);
    }
    line("");
    line("## Loads (one `ingest` command each, built jar, fresh warehouse)");
    line("| source | files | rows | wall s | peak RSS MB | rows/s | last status line |");
    line("|---|---:|---:|---:|---:|---:|---|");
    List<String> forms = files("forms", n -> !n.contains("更正"));
    forms.addAll(files("forms", n -> n.contains("更正")));
    loadOne("street-form", forms, 0);
    loadOne("discipline", files("discipline", n -> true), 0);
    List<String> petitions = files("petitions", n -> true);
    long cases = 0;
    for (String file : petitions) {
      try (Stream<String> lines = Files.lines(Path.of(file), CityDataGenerator.GBK)) {
        cases += lines.count() - 1;
      } catch (java.io.UncheckedIOException e) {
        try (Stream<String> lines = Files.lines(Path.of(file), StandardCharsets.UTF_8)) {
          cases += lines.count() - 1;
        }
      }
    }
    loadOne("petitions", petitions, cases);
  }

  private List<String> files(String folder, java.util.function.Predicate<String> which)
      throws IOException {
    try (Stream<Path> list = Files.list(data.resolve(folder))) {
      return new ArrayList<>(list.map(Path::toString).filter(which).sorted().toList());
    }
  }

  private void loadOne(String kind, List<String> files, long rows) throws Exception {
    List<String> command = new ArrayList<>(List.of("ingest", kind));
    command.addAll(files);
    Timed run = command(command, null);
    long counted = rows;
    if (rows == 0) {
      counted = run.err().lines().filter(l -> l.startsWith("OK")).count();
    }
    line(
        String.format(
            Locale.ROOT,
            "| %s | %d | %,d%s | %.1f | %d | %s | %s |",
            kind,
            files.size(),
            counted,
            rows == 0 ? " files OK" : "",
            run.seconds(),
            run.peakRssMb(),
            rows == 0 ? "" : String.format(Locale.ROOT, "%,.0f", rows / run.seconds()),
            last(run.err())));
  }

  private void findings() throws Exception {
    line("");
    line("## Findings recompute (`findings` command: JVM start + recompute + CSV out)");
    line("| scope | wall s | peak RSS MB | findings rows |");
    line("|---|---:|---:|---:|");
    for (List<String> args :
        List.of(List.of("findings"), List.of("findings", "--period", "2026-10"))) {
      Timed run = command(args, null);
      line(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %d | %d |",
              args.size() == 1 ? "all periods" : "2026-10",
              run.seconds(),
              run.peakRssMb(),
              Math.max(0, run.out().lines().count() - 1)));
    }
    Timed sqlStart = command(List.of("sql", "SELECT count(*) AS n FROM street"), null);
    line(
        String.format(
            Locale.ROOT,
            "| (reference: `sql \"SELECT count(*) AS n FROM street\"`) | %.1f | %d | %s |",
            sqlStart.seconds(),
            sqlStart.peakRssMb(),
            sqlStart.out().strip().replace('\n', ' ')));
  }

  private void users() throws Exception {
    command(List.of("user", "add", "city-leader", "--role", "leader"), "CityBench2026pw\n");
    command(List.of("user", "add", "city-analyst", "--role", "analyst"), "CityBench2026pw\n");
    // an account made on the command line must change its password at the first login: the bench
    // measures pages, not that form
    try (java.sql.Connection connection =
            java.sql.DriverManager.getConnection("jdbc:duckdb:" + warehouse());
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute(
          "UPDATE app_user SET must_change_password = false"
              + " WHERE username IN ('city-leader', 'city-analyst')");
    }
  }

  private void size() throws IOException {
    long bytes = Files.size(warehouse());
    Path wal = Path.of(warehouse() + ".wal");
    long walBytes = Files.exists(wal) ? Files.size(wal) : 0;
    line("");
    line(
        String.format(
            Locale.ROOT,
            "warehouse on disk: %.1f MB (+ WAL %.1f MB); source files: %.1f MB",
            bytes / 1e6,
            walBytes / 1e6,
            folderSize(data) / 1e6));
  }

  private static long folderSize(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private void directSql(int runs) throws Exception {
    CityServerBench.directSql(this, runs);
  }

  Timed command(List<String> args, String stdin) throws Exception {
    List<String> command =
        new ArrayList<>(List.of("/usr/bin/time", "-v", "java", "-jar", jar.toString()));
    command.addAll(args);
    command.add("--db");
    command.add(warehouse().toString());
    command.add("--doudi.streets.file=" + data.resolve("streets.csv"));
    ProcessBuilder builder = new ProcessBuilder(command);
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    long started = System.nanoTime();
    Process process = builder.start();
    if (stdin != null) {
      process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    process.getOutputStream().close();
    process.waitFor();
    double seconds = (System.nanoTime() - started) / 1e9;
    String errText = Files.readString(err, StandardCharsets.UTF_8);
    String outText = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    Files.delete(err);
    long rssKb =
        errText
            .lines()
            .filter(l -> l.contains("Maximum resident set size"))
            .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
            .findFirst()
            .orElse(0L);
    String status =
        errText
            .lines()
            .filter(l -> !l.startsWith("\t") && !l.startsWith("Command"))
            .reduce("", (a, b) -> a + b + "\n");
    return new Timed(seconds, rssKb / 1024, outText, status);
  }

  private static String last(String text) {
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    return last.length() > 90 ? last.substring(0, 90) + "…" : last.replace('|', '/');
  }

  static String machine() {
    try {
      String load = Files.readString(Path.of("/proc/loadavg")).strip();
      return Runtime.getRuntime().availableProcessors() + " cores, load average " + load;
    } catch (IOException e) {
      return Runtime.getRuntime().availableProcessors() + " cores";
    }
  }

  /** A finished command: wall seconds, peak resident memory, its output and status lines. */
  record Timed(double seconds, long peakRssMb, String out, String err) {}
}
