package org.doudi.etl.petition;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.doudi.etl.fileload.LoadProgress;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures the petition load against DuckDB's own {@code read_csv} of the same file in the same
 * run, and the peak heap. Run (from the repository root, see docs/petitions.md):
 *
 * <pre>
 * java -Xmx512m -cp "$(cat etl/target/bench.cp)" org.doudi.etl.petition.PetitionLoadBenchmark 1000000
 * </pre>
 */
public final class PetitionLoadBenchmark {

  private static final String[] CHANNELS = {"来电", "来信", "来访", "网上信访", "12345热线"};
  private static final String[] CATEGORIES = {"求助申请", "投诉举报", "政策咨询", "其他"};
  private static final String[] STREETS = {
    "长寿路街道", "曹杨新村", "长风", "宜川路街道", "甘泉路", "石泉路街道", "真如镇街道", "万里", "长征镇", "桃浦镇"
  };
  private static final String[] PROGRAMS = {"低保", "特困", "低保边缘", "支出型贫困", "临时救助", "其他"};
  private static final String[] ISSUES = {"人情保", "关系保", "优亲厚友", "吃拿卡要", "资金发放", "卡折代管", "其他"};
  private static final String[] STATUSES = {"办理中", "已办结", "已转办"};
  private static final String SURNAMES = "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗";
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  private PetitionLoadBenchmark() {}

  /**
   * Generates the file, measures both anchors and the load, prints the figures; with {@code
   * --load-only} after the row count, only the load (what the heap test runs).
   */
  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    boolean anchors = !(args.length > 1 && args[1].equals("--load-only"));
    Path dir = Files.createTempDirectory("doudi-bench");
    Path file = dir.resolve("petitions-" + rows + ".csv");
    generate(file, rows);
    System.out.printf("file: %s, %,d rows, %.1f MB%n", file, rows, Files.size(file) / 1e6);
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(PetitionTestApplication.class)
            .properties(
                "doudi.warehouse.path=" + dir.resolve("bench.duckdb"),
                "doudi.demo=false",
                "spring.batch.job.enabled=false",
                "spring.sql.init.mode=never",
                "logging.level.root=WARN",
                "doudi.personal-data.hash-secret=bench-secret-0123456789abcdef0123456789")
            .run()) {
      double anchorSeconds = 0;
      double readSeconds = 0;
      if (anchors) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Path inbox = dir.resolve("inbox").resolve("anchor.csv");
        Files.copy(file, inbox);
        String read = "SELECT * FROM read_csv('" + inbox + "', all_varchar = true)";
        // each the median of three runs: read_csv into a warehouse table (what a load ends with:
        // the rows stored), and read_csv alone (into a temp table, in memory)
        anchorSeconds = median("CREATE TABLE anchor AS " + read, jdbc);
        readSeconds = median("CREATE TEMP TABLE anchor AS " + read, jdbc);
        Files.delete(inbox);
      }
      resetPeaks();
      PetitionLoader loader = context.getBean(PetitionLoader.class);
      PetitionLoadResult result =
          loader.load(file, file.getFileName().toString(), false, "bench", LoadProgress.NONE);
      long peak = peakHeap();
      if (anchors) {
        System.out.printf(
            "duckdb read_csv (all_varchar) into a warehouse table: %.2f s, %,.0f rows/s%n",
            anchorSeconds, rows / anchorSeconds);
        System.out.printf(
            "duckdb read_csv (all_varchar) into a temp table: %.2f s, %,.0f rows/s%n",
            readSeconds, rows / readSeconds);
      }
      System.out.printf(
          "petitionLoadJob: %s, %.2f s, %,.0f rows/s (%s)%n",
          result.outcome(), result.seconds(), rows / result.seconds(), result.message());
      if (anchors) {
        System.out.printf(
            "ratio (job time / read_csv time): %.2f to the warehouse table, %.2f to the temp table%n",
            result.seconds() / anchorSeconds, result.seconds() / readSeconds);
      }
      System.out.printf(
          "peak heap during the load: %.0f MB (max heap %.0f MB)%n",
          peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    } finally {
      org.springframework.util.FileSystemUtils.deleteRecursively(dir);
    }
  }

  /**
   * Runs the statement three times on one connection (a temp table lives as long as its
   * connection), dropping its table after each, and returns the median seconds.
   */
  private static double median(String statement, JdbcTemplate jdbc) {
    double[] seconds = new double[3];
    jdbc.execute(
        (java.sql.Connection connection) -> {
          try (java.sql.Statement sql = connection.createStatement()) {
            for (int i = 0; i < seconds.length; i++) {
              long started = System.nanoTime();
              sql.execute(statement);
              seconds[i] = (System.nanoTime() - started) / 1e9;
              sql.execute("DROP TABLE anchor");
            }
          }
          return null;
        });
    java.util.Arrays.sort(seconds);
    return seconds[1];
  }

  static void generate(Path file, int rows) throws IOException {
    Random random = new Random(42);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(PetitionFixtures.HEADER);
      StringBuilder line = new StringBuilder(160);
      for (int i = 0; i < rows; i++) {
        line.setLength(0);
        int year = 2023 + random.nextInt(2);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        line.append("XF").append(year).append(String.format("%02d", month));
        line.append(String.format("%07d", i)).append(',');
        switch (i % 4) {
          case 0 -> line.append(year).append('-').append(String.format("%02d-%02d", month, day));
          case 1 -> line.append(year).append('/').append(month).append('/').append(day);
          case 2 -> line.append(year).append('年').append(month).append('月').append(day).append('日');
          default ->
              line.append(year)
                  .append(String.format("-%02d-%02d %02d:%02d", month, day, 8 + i % 10, i % 60));
        }
        boolean realName = random.nextInt(5) < 2;
        line.append(',').append(CHANNELS[random.nextInt(CHANNELS.length)]);
        line.append(',').append(realName ? "是" : "否");
        line.append(',').append(CATEGORIES[random.nextInt(CATEGORIES.length)]);
        line.append(',').append(STREETS[random.nextInt(STREETS.length)]);
        line.append(',').append(PROGRAMS[random.nextInt(PROGRAMS.length)]);
        line.append(',').append(ISSUES[random.nextInt(ISSUES.length)]);
        if (random.nextBoolean()) {
          line.append('、').append(ISSUES[random.nextInt(ISSUES.length)]);
        }
        line.append(',');
        if (realName) {
          line.append(SURNAMES.charAt(random.nextInt(SURNAMES.length()))).append("某某");
          line.append(',').append(idNumber(random));
        } else {
          line.append(',');
        }
        line.append(",1")
            .append(3 + random.nextInt(7))
            .append(String.format("%09d", random.nextInt(1_000_000_000)));
        String status = STATUSES[random.nextInt(STATUSES.length)];
        line.append(',').append(status).append(',');
        if (status.equals("已办结")) {
          line.append(year)
              .append('-')
              .append(String.format("%02d-%02d", month, Math.min(28, day + 1)));
        }
        line.append(',').append(random.nextBoolean() ? "是" : "否").append('\n');
        out.append(line);
      }
    }
  }

  private static String idNumber(Random random) {
    String body =
        "3101"
            + String.format("%02d", 1 + random.nextInt(20))
            + (1940 + random.nextInt(60))
            + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
            + String.format("%03d", random.nextInt(1000));
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
