package org.doudi.warehouse.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile tester's cases against the gateway (issue 14, items 1–3 and 12): each statement gets
 * a Chinese refusal or a bounded answer in good time, and its outcome is in the query log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayUnderAttackTest {

  /** A 6-way self-join of the petition log with 8 EXISTS: pinned a core for minutes before. */
  static final String PLANNER_BOMB =
      "SELECT count(*) FROM petition pa JOIN petition pb ON pb.case_no = pa.case_no"
          + " JOIN petition pc ON pc.case_no = pb.case_no JOIN petition pd ON pd.case_no = pc.case_no"
          + " JOIN petition pj ON pj.case_no = pd.case_no JOIN petition pk ON pk.case_no = pj.case_no"
          + " WHERE "
          + IntStream.range(0, 8)
              .mapToObj(
                  i ->
                      "EXISTS (SELECT 1 FROM petition x"
                          + i
                          + " WHERE x"
                          + i
                          + ".case_no = pj.case_no AND x"
                          + i
                          + ".street_code = pk.street_code)")
              .collect(Collectors.joining(" AND "));

  private TestWarehouse warehouse;

  @BeforeAll
  void openWarehouse(@TempDir Path folder) {
    warehouse =
        TestWarehouse.withFixture(
            folder,
            new GatewaySettings(
                Duration.ofSeconds(20), 1000, Duration.ofSeconds(10), 64 * 1024, 2));
    // Calcite's classes load on the first statement: not what these cases measure
    warehouse.gateway.warmUp(
        "SELECT count(*) FROM petition p JOIN street s ON s.code = p.street_code");
  }

  @AfterAll
  void closeWarehouse() {
    warehouse.close();
  }

  @Test
  void selfJoinWithEightExistsIsRefusedAtOnceAndLogged() throws Exception {
    // given the planner case of the hostile test
    long start = System.nanoTime();
    // when an analyst asks for its plan and for its rows
    QueryRefusedException explained = refusal("bomber", () -> explain("bomber", PLANNER_BOMB));
    QueryRefusedException queried = refusal("bomber", () -> query("bomber", PLANNER_BOMB));
    // then both are refused as too complex, long before the planning timeout, and both are logged
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(explained.getMessage())
        .isEqualTo("查询过于复杂：含 13 个连接（JOIN）和子查询（EXISTS、IN 等），上限为 10 个。请分几步查询，或先用 WITH 汇总。");
    assertThat(queried.getMessage()).isEqualTo(explained.getMessage());
    assertThat(
            warehouse.direct(
                "SELECT purpose, outcome FROM sql_query_log WHERE username = 'bomber' ORDER BY id"))
        .containsExactly(List.of("explain", "refused"), List.of("query", "refused"));
  }

  @Test
  void tenParallelSelfJoinsWithOneExistsAnswerWithoutCostBasedPlanning() {
    // given a 6-way self-join with one EXISTS (27-32 s each when ten ran at once before)
    String sql =
        "SELECT count(*) AS n FROM petition pa JOIN petition pb ON pb.case_no = pa.case_no"
            + " JOIN petition pc ON pc.case_no = pb.case_no JOIN petition pd ON pd.case_no = pc.case_no"
            + " JOIN petition pj ON pj.case_no = pd.case_no JOIN petition pk ON pk.case_no = pj.case_no"
            + " WHERE EXISTS (SELECT 1 FROM petition xi WHERE xi.case_no = pj.case_no"
            + " AND xi.street_code = pk.street_code)";
    long single = System.nanoTime();
    query("alone", sql);
    System.out.printf(
        "one self-join with EXISTS alone: %d ms%n", (System.nanoTime() - single) / 1_000_000);
    long start = System.nanoTime();
    // when ten people send it at once
    List<CompletableFuture<QueryResult>> answers =
        IntStream.range(0, 10)
            .mapToObj(i -> CompletableFuture.supplyAsync(() -> query("crowd" + i, sql)))
            .toList();
    // then every one gets the true count, all within a few seconds
    for (CompletableFuture<QueryResult> answer : answers) {
      assertThat(TestWarehouse.rows(answer.join())).containsExactly(List.of("3000"));
    }
    System.out.printf("ten at once: %d ms%n", (System.nanoTime() - start) / 1_000_000);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void planningThatOverrunsItsDeadlineIsStoppedAndTheCallerFreed() {
    // given planning work that only ends when Calcite's cancel flag is raised
    try (BoundedPlanning planning = new BoundedPlanning()) {
      CompletableFuture<Boolean> stopped = new CompletableFuture<>();
      long start = System.nanoTime();
      // when it is given 300 ms
      QueryRefusedException refused =
          catchThrowableOfType(
              QueryRefusedException.class,
              () ->
                  planning.run(
                      cancel -> {
                        while (!cancel.isCancelRequested()) {
                          Thread.onSpinWait();
                        }
                        stopped.complete(true);
                        return "never";
                      },
                      Duration.ofMillis(300)));
      // then the caller gets a timed-out refusal in time and the work itself stops
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
      assertThat(refused.timedOut()).isTrue();
      assertThat(refused.getMessage()).startsWith("查询过于复杂：分析和规划超过 0 秒仍未完成，已停止");
      assertThat(stopped).succeedsWithin(Duration.ofSeconds(2)).isEqualTo(true);
    }
  }

  @Test
  void whatCalciteCannotTranslateIsRefusedInChineseAndLogged() throws Exception {
    // given the three statements that ended in a 500 and no audit row
    String floor = "SELECT FLOOR(received_date TO QUARTER) q, count(*) FROM petition GROUP BY 1";
    String recursive =
        "WITH RECURSIVE t(n) AS (SELECT 1 FROM street UNION ALL SELECT n+1 FROM t)"
            + " SELECT max(n) FROM t";
    String huge =
        "SELECT "
            + IntStream.range(0, 3000).mapToObj(i -> "1").collect(Collectors.joining("+"))
            + " FROM street";
    // when an analyst sends them
    String floorMessage = refusal("translator", () -> query("translator", floor)).getMessage();
    String recursiveMessage =
        refusal("translator", () -> query("translator", recursive)).getMessage();
    String hugeMessage = refusal("translator", () -> query("translator", huge)).getMessage();
    // then each is a readable refusal, and each is in the log before the answer
    assertThat(floorMessage)
        .isEqualTo(
            "不支持按“季度”取整（FLOOR … TO QUARTER）：请改用 EXTRACT，例如 EXTRACT(YEAR FROM received_date)"
                + " 与 EXTRACT(QUARTER FROM received_date) 分组。");
    assertThat(recursiveMessage)
        .isEqualTo("自助查询不支持递归查询（WITH RECURSIVE）：请改用普通的 WITH 子查询，或按层级分几步查询。");
    assertThat(hugeMessage).startsWith("查询的表达式嵌套过深（超过 400 层，例如上千项相加），无法分析");
    assertThat(
            warehouse.direct(
                "SELECT outcome, message FROM sql_query_log WHERE username = 'translator'"
                    + " ORDER BY id"))
        .containsExactly(
            List.of("refused", floorMessage),
            List.of("refused", recursiveMessage),
            List.of("refused", hugeMessage));
  }

  @Test
  void hugeValuesAreRefusedBeforeTheyAreCopied() {
    // given a value of the whole log's case numbers on every row (larger than one row may be)
    String sql =
        "SELECT (SELECT LISTAGG(case_no || street_code, ',') FROM petition) big FROM petition";
    // when it is run
    QueryRefusedException refused = refusal("hoarder", () -> query("hoarder", sql));
    // then DuckDB stops at the first row and the reason is Chinese
    assertThat(refused.getMessage()).startsWith("结果中有一行的文字超过 64 KB（doudi.sql.max-value-bytes）");
  }

  @Test
  void onePersonHasAtMostTwoStatementsInFlight() throws Exception {
    // given two slow queries of one analyst running
    String slow =
        "SELECT count(*) FROM petition a, petition b, petition c WHERE a.case_no > b.case_no";
    CompletableFuture<?> first = CompletableFuture.runAsync(() -> swallow("greedy", slow));
    CompletableFuture<?> second = CompletableFuture.runAsync(() -> swallow("greedy", slow));
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (warehouse.gateway.running("greedy") < 2 && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    // when the same analyst sends a third and someone else one
    QueryRefusedException third =
        refusal("greedy", () -> query("greedy", "SELECT 1 AS one FROM street"));
    QueryResult other = query("patient", "SELECT count(*) AS n FROM street");
    // then the third is refused and logged, the other person is served
    assertThat(third.getMessage())
        .isEqualTo("您已有 2 条查询正在执行（doudi.sql.max-concurrent-per-user），请等它们结束后再试。");
    assertThat(TestWarehouse.rows(other)).containsExactly(List.of("10"));
    first.get();
    second.get();
    assertThat(
            warehouse.direct(
                "SELECT outcome FROM sql_query_log WHERE username = 'greedy' AND sql_text LIKE '%one%'"))
        .containsExactly(List.of("refused"));
  }

  @Test
  void duckDbItselfRefusesWritesOnTheGatewaysConnection() throws Exception {
    // given the gateway's own way of running SQL, without Calcite in front
    // when a write is sent through it
    Exception insert =
        catchThrowableOfType(
            Exception.class,
            () ->
                warehouse.gateway.executeReadOnly(
                    "INSERT INTO audit_log (username, action, outcome) VALUES ('x', 'y', 'ok')"));
    Exception drop =
        catchThrowableOfType(
            Exception.class, () -> warehouse.gateway.executeReadOnly("DROP VIEW petition"));
    // then DuckDB refuses both and nothing changed
    assertThat(insert).isNotNull();
    assertThat(drop).isNotNull();
    assertThat(warehouse.direct("SELECT count(*) FROM audit_log WHERE username = 'x'"))
        .containsExactly(List.of("0"));
    assertThat(warehouse.direct("SELECT count(*) FROM petition")).containsExactly(List.of("3000"));
  }

  @Test
  void unicodeEscapedLiteralRuns() {
    // given a U&'…' literal (unparsed as _UTF-16LE'…' before, which DuckDB cannot run)
    // when it is used in a filter
    QueryResult result =
        query("escaper", "SELECT name FROM street WHERE code = U&'wanl\\0069' ORDER BY name");
    // then it matches like the plain literal
    assertThat(TestWarehouse.rows(result)).containsExactly(List.of("万里街道"));
  }

  @Test
  void unnamedColumnsAreHeadedWithWhatWasWritten() {
    // given a count and a sum without aliases
    // when they are run
    QueryResult result =
        query(
            "namer",
            "SELECT street_code, count(*), sum(CASE WHEN resolved THEN 1 ELSE 0 END)"
                + " FROM petition GROUP BY street_code ORDER BY 1 LIMIT 1");
    // then the headers are the expressions, not EXPR$1
    assertThat(result.columns().stream().map(ResultColumn::name))
        .containsExactly("street_code", "count(*)", "sum(CASE WHEN resolved THEN 1 ELSE 0 END)");
  }

  @Test
  void calcitesEnglishMessagesComeInChinese() {
    // given two mistakes the console showed in English
    // when they are sent
    String self =
        refusal("learner", () -> query("learner", "SELECT foo + 1 AS foo FROM street"))
            .getMessage();
    String nonQuery =
        refusal("learner", () -> query("learner", "SELECT * FROM (1 + 1)")).getMessage();
    // then the reasons are Chinese
    assertThat(self).doesNotContain("depends on itself").contains("列");
    assertThat(nonQuery).doesNotContain("Non-query").matches(".*[\\u4e00-\\u9fff].*");
  }

  private QueryResult query(String user, String sql) {
    return warehouse.gateway.query(user, Channel.CONSOLE, sql);
  }

  private String explain(String user, String sql) {
    return warehouse.gateway.explain(user, Channel.CONSOLE, sql);
  }

  private void swallow(String user, String sql) {
    try {
      query(user, sql);
    } catch (QueryRefusedException e) {
      // stopped by the timeout: fine here
    }
  }

  private static QueryRefusedException refusal(String who, Runnable statement) {
    QueryRefusedException refused =
        catchThrowableOfType(QueryRefusedException.class, statement::run);
    assertThat(refused).as("refusal for " + who).isNotNull();
    return refused;
  }
}
