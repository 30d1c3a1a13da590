package org.doudi.warehouse.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The big-result case of the hostile test (issue 14, item 3) on a petition log of 63,000 cases: a
 * value made of the whole log is refused by DuckDB before it is copied, the byte cap cuts inside
 * DuckDB, and the timeout stops DuckDB's work rather than only the caller's wait.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayResultBoundsTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(4);
  private static final long MAX_BYTES = 64 * 1024;
  private static final long MAX_VALUE_BYTES = 16 * 1024;

  private TestWarehouse warehouse;

  @BeforeAll
  void openLargeWarehouse(@TempDir Path folder) throws Exception {
    warehouse =
        TestWarehouse.withFixture(
            folder,
            new GatewaySettings(
                TIMEOUT, 10_000, Duration.ofSeconds(10), MAX_BYTES, 2, MAX_VALUE_BYTES));
    // twenty more copies of the fixture's 3,000 cases under new numbers: 63,000 in all
    warehouse.jdbc.execute(
        "INSERT INTO petition_case SELECT p.* REPLACE (p.case_no || '-' || r.k AS case_no)"
            + " FROM petition_case p, range(20) r(k)");
    warehouse.gateway.warmUp("SELECT count(*) FROM petition");
  }

  @AfterAll
  void closeWarehouse() {
    warehouse.close();
  }

  @Test
  void wholeLogAggregatedIntoEveryRowIsRefusedInChineseWellWithinTheTimeout() throws Exception {
    // given the hostile tester's statement: every row carries all case numbers and keys (about
    // 5 MB), 63,000 times, which ran 69 s against a 30 s timeout and took GBs of memory before
    String sql =
        "SELECT (SELECT LISTAGG(case_no||complainant_key, ',') FROM petition) big FROM petition";
    assertThat(warehouse.direct("SELECT count(*) FROM petition")).containsExactly(List.of("63000"));
    long start = System.nanoTime();
    // when an analyst runs it
    QueryRefusedException refused =
        catchThrowableOfType(
            QueryRefusedException.class,
            () -> warehouse.gateway.query("hoarder", Channel.CONSOLE, sql));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    // then it is refused in Chinese, before the timeout, and the log holds the refusal
    assertThat(refused).isNotNull();
    assertThat(refused.timedOut()).isFalse();
    assertThat(refused.getMessage())
        .isEqualTo(
            "结果中有一行的文字超过 16 KB（doudi.sql.max-value-bytes），查询已停止："
                + "请不要把整列拼成一个值（如 LISTAGG），或增加筛选条件、分组后再汇总。");
    assertThat(took).isLessThan(TIMEOUT.plusSeconds(1));
    assertThat(
            warehouse.direct(
                "SELECT purpose, outcome, message FROM sql_query_log WHERE username = 'hoarder'"))
        .containsExactly(List.of("query", "refused", refused.getMessage()));
  }

  @Test
  void byteCapCutsAfterTheLastRowThatFitsCountedInUtf8Bytes() throws Exception {
    // given rows of a case number, a Chinese category and a key, in a fixed order
    String sql = "SELECT case_no, category, complainant_key FROM petition ORDER BY case_no";
    List<List<String>> all =
        warehouse.direct(
            "SELECT case_no, category, complainant_key FROM petition ORDER BY case_no");
    int fits = 0;
    long total = 0;
    for (List<String> row : all) {
      long size = row.stream().mapToLong(v -> v.getBytes(StandardCharsets.UTF_8).length).sum();
      if (total + size > MAX_BYTES) {
        break;
      }
      total += size;
      fits++;
    }
    // when it is run with a 64 KB byte cap
    QueryResult result = warehouse.gateway.query("reader", Channel.CONSOLE, sql);
    // then exactly the rows that fit in 64 KB come back, in order, and the note says why
    assertThat(fits).isBetween(100, 2000);
    assertThat(TestWarehouse.rows(result)).isEqualTo(all.subList(0, fits));
    assertThat(result.capped()).isTrue();
    assertThat(result.capNote())
        .startsWith("结果过大（超过 1 MB），只返回前 " + String.format("%,d", fits) + " 行");
  }

  @Test
  void timeoutStopsDuckDbsWorkAndFreesTheThread() throws Exception {
    // given a statement that would run for minutes: 63,000³ candidate rows
    String sql =
        "SELECT count(*) FROM petition a, petition b, petition c WHERE a.case_no > b.case_no";
    long start = System.nanoTime();
    // when it is run with a 4 s timeout
    QueryRefusedException refused =
        catchThrowableOfType(
            QueryRefusedException.class,
            () -> warehouse.gateway.query("stubborn", Channel.JDBC, sql));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    // then the caller has a Chinese refusal soon after the timeout, logged as timed out,
    assertThat(refused).isNotNull();
    assertThat(refused.timedOut()).isTrue();
    assertThat(refused.getMessage()).startsWith("查询超过 4 秒的时限，已在 DuckDB 中中止");
    assertThat(took).isLessThan(TIMEOUT.plusSeconds(2));
    assertThat(
            warehouse.direct(
                "SELECT purpose, outcome FROM sql_query_log WHERE username = 'stubborn'"))
        .containsExactly(List.of("query", "timeout"));
    // and DuckDB's threads are idle afterwards (two busy threads would burn about 4 CPU-s here)
    Thread.sleep(300);
    long cpuBefore = processCpuNanos();
    Thread.sleep(2000);
    Duration cpu = Duration.ofNanos(processCpuNanos() - cpuBefore);
    assertThat(cpu).isLessThan(Duration.ofMillis(800));
    // and the next statement is answered at once
    long next = System.nanoTime();
    QueryResult count =
        warehouse.gateway.query("stubborn", Channel.JDBC, "SELECT count(*) FROM street");
    assertThat(TestWarehouse.rows(count)).containsExactly(List.of("10"));
    assertThat(Duration.ofNanos(System.nanoTime() - next)).isLessThan(Duration.ofSeconds(2));
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
