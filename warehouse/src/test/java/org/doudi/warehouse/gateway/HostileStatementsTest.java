package org.doudi.warehouse.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Sends the corpus of hostile statements in {@code gateway/hostile.sql} through the gateway: every
 * one is refused before it reaches DuckDB, or stopped there by the timeout, and afterwards nothing
 * was written inside or outside the warehouse.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileStatementsTest {

  private Path folder;

  private TestWarehouse warehouse;
  private List<List<String>> objectsBefore;
  private List<List<String>> rowsBefore;
  private List<String> folderBefore;
  private int sent;

  @BeforeAll
  void openWarehouse(@TempDir Path dir) throws Exception {
    folder = dir;
    warehouse = TestWarehouse.withFixture(folder, Duration.ofSeconds(2), 1000);
    objectsBefore = objects();
    rowsBefore = rowCounts();
    folderBefore = listing(folder);
  }

  @AfterAll
  void closeWarehouse() {
    warehouse.close();
  }

  static Stream<String> corpus() throws IOException {
    String text =
        new ClassPathResource("gateway/hostile.sql").getContentAsString(StandardCharsets.UTF_8);
    return Arrays.stream(text.split("(?m)^-- @@\\s*$"))
        .skip(1)
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  @Test
  @Order(1)
  void corpusHoldsAtLeastFortyStatements() throws IOException {
    // given the corpus file
    // when it is read
    long count = corpus().count();
    // then it holds enough to mean something
    assertThat(count).isGreaterThanOrEqualTo(40);
  }

  @ParameterizedTest
  @Order(2)
  @MethodSource("corpus")
  void hostileStatementIsRefusedOrStopped(String template) {
    // given a hostile statement aimed at the inbox, the one folder DuckDB may touch
    String sql = template.replace("${inbox}", folder.resolve("inbox").toString());
    // when it is sent through the gateway
    QueryRefusedException refusal =
        catchThrowableOfType(
            QueryRefusedException.class,
            () -> warehouse.gateway.query("mallory", Channel.CLI, sql));
    sent++;
    // then it is refused (or cancelled by the timeout) with a Chinese reason
    assertThat(refusal).as(sql).isNotNull();
    assertThat(refusal.getMessage()).as(sql).containsPattern("\\p{IsHan}");
  }

  @Test
  @Order(3)
  void corpusLeftNothingWrittenAndEveryAttemptAudited() throws Exception {
    // given the corpus was sent
    assertThat(sent).isEqualTo(corpus().count());
    // when the warehouse and the disk are inspected
    // then no object, row or setting changed
    assertThat(objects()).isEqualTo(objectsBefore);
    assertThat(rowCounts()).isEqualTo(rowsBefore);
    assertThat(warehouse.direct("SELECT current_setting('enable_external_access')::VARCHAR"))
        .containsExactly(List.of("false"));
    assertThat(warehouse.direct("SELECT current_setting('lock_configuration')::VARCHAR"))
        .containsExactly(List.of("true"));
    // and no file appeared in the warehouse folder, its inbox or /tmp
    assertThat(listing(folder)).isEqualTo(folderBefore);
    assertThat(listing(folder.resolve("inbox"))).isEmpty();
    try (Stream<Path> tmp = Files.list(Path.of("/tmp"))) {
      assertThat(tmp.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith("doudi_pwned"));
    }
    // and every attempt is in the query log, none of them ok
    assertThat(
            warehouse.direct(
                "SELECT outcome, count(*) FROM sql_query_log WHERE username = 'mallory'"
                    + " GROUP BY outcome ORDER BY outcome"))
        .allSatisfy(row -> assertThat(row.get(0)).isIn("refused", "timeout"));
    assertThat(warehouse.direct("SELECT count(*) FROM sql_query_log WHERE username = 'mallory'"))
        .containsExactly(List.of(String.valueOf(sent)));
    assertThat(
            warehouse.direct(
                "SELECT count(*) FROM sql_query_log WHERE username = 'mallory' AND outcome = 'timeout'"))
        .containsExactly(List.of("2"));
  }

  private List<List<String>> objects() throws Exception {
    return warehouse.direct(
        "SELECT table_catalog, table_schema, table_name, table_type FROM information_schema.tables"
            + " WHERE table_name <> 'sql_query_log' ORDER BY ALL");
  }

  private List<List<String>> rowCounts() throws Exception {
    return warehouse.direct(
        "SELECT (SELECT count(*) FROM street), (SELECT count(*) FROM street_form),"
            + " (SELECT count(*) FROM petition_case), (SELECT count(*) FROM app_user),"
            + " (SELECT max(role) FROM app_user), (SELECT count(*) FROM duckdb_databases()),"
            + " (SELECT count(*) FROM duckdb_functions() WHERE function_type = 'macro' AND NOT internal)");
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.endsWith(".wal"))
          .sorted()
          .toList();
    }
  }
}
