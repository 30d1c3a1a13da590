package org.doudi.etl.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.doudi.etl.fileload.LoadProgress;
import org.doudi.etl.petition.PetitionLoadResult.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The monthly summary the pages read ({@code petition_month}) counts exactly what {@code
 * petition_case} holds after every load: new cases, updated ones, a case moved to another month,
 * and a rejected file that changes nothing.
 */
@SpringBootTest(
    classes = PetitionTestApplication.class,
    properties = {
      "doudi.demo=false",
      "spring.batch.job.enabled=false",
      "spring.sql.init.mode=never",
      "doudi.personal-data.hash-secret=test-secret-0123456789abcdef0123456789"
    })
class PetitionMonthsFunctionalTests {

  private static final Charset GBK = Charset.forName("GBK");

  /** The log counted as the summary counts it, straight from the cases. */
  private static final String FROM_CASES =
      "SELECT k || '=' || n FROM (SELECT strftime(received_date, '%Y-%m') || '|' || street_code"
          + " || '|' || channel || '|' || status || '|' || (real_name AND category = '投诉举报')"
          + " || '|' || resolved AS k, count(*) AS n FROM petition_case GROUP BY 1) ORDER BY 1";

  private static final String FROM_SUMMARY =
      "SELECT k || '=' || n FROM (SELECT period || '|' || street_code || '|' || channel || '|'"
          + " || status || '|' || real_name_complaint || '|' || resolved AS k, sum(cases) AS n"
          + " FROM petition_month GROUP BY 1) ORDER BY 1";

  @TempDir static Path warehouse;
  @TempDir Path files;

  @Autowired PetitionLoader loader;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> warehouse.resolve("doudi.duckdb").toString());
  }

  @BeforeEach
  void clear() {
    PetitionFixtures.clear(jdbc);
  }

  private PetitionLoadResult load(Path file) throws Exception {
    return loader.load(file, file.getFileName().toString(), false, "test", LoadProgress.NONE);
  }

  private List<String> fromCases() {
    return jdbc.queryForList(FROM_CASES, String.class);
  }

  private List<String> fromSummary() {
    return jdbc.queryForList(FROM_SUMMARY, String.class);
  }

  @Test
  void theSummaryCountsWhatTheCasesHoldAfterNewUpdatedAndMovedCases() throws Exception {
    // when two exports load
    assertThat(load(PetitionFixtures.sample(files, "信访台账-1.csv")).outcome())
        .isEqualTo(Outcome.LOADED);
    assertThat(load(PetitionFixtures.sample(files, "信访台账-2.csv")).outcome())
        .isEqualTo(Outcome.LOADED);
    // then the summary holds every case, counted as the cases say
    assertThat(fromSummary()).isNotEmpty().isEqualTo(fromCases());
    assertThat(jdbc.queryForObject("SELECT sum(cases) FROM petition_month", Long.class))
        .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM petition_case", Long.class));
    long closedBefore = closed();

    // when the update export closes cases, and moves its first case from 2023-11 to 2024-03
    Path update = PetitionFixtures.sample(files, "信访台账-3-更新.csv");
    List<String> lines = Files.readAllLines(update, GBK);
    String first = lines.get(1);
    assertThat(first).contains(",2023-11-02,");
    String caseNo = first.substring(0, first.indexOf(','));
    lines.set(1, first.replace(",2023-11-02,", ",2024-03-15,"));
    Path moved = files.resolve("信访台账-更新-改日期.csv");
    Files.write(moved, lines, GBK);
    assertThat(load(moved).outcome()).isEqualTo(Outcome.LOADED);

    // then the summary follows: more closed cases, the moved case counted in its new month only
    assertThat(fromSummary()).isEqualTo(fromCases());
    assertThat(closed()).isGreaterThan(closedBefore);
    assertThat(
            jdbc.queryForObject(
                "SELECT strftime(received_date, '%Y-%m') FROM petition_case WHERE case_no = ?",
                String.class, caseNo))
        .isEqualTo("2024-03");
  }

  @Test
  void aRejectedFileLeavesTheSummaryAsItWas() throws Exception {
    // given
    load(PetitionFixtures.sample(files, "信访台账-1.csv"));
    List<String> before = fromSummary();
    // when a file with a bad row comes (a case of 2024-03 with no 受理日期)
    Path bad = files.resolve("bad.csv");
    List<String> lines =
        Files.readAllLines(PetitionFixtures.sample(files, "信访台账-2.csv"), StandardCharsets.UTF_8);
    String row = lines.get(1);
    String[] cells = row.split(",", -1);
    cells[1] = "";
    lines.set(1, String.join(",", cells));
    Files.write(bad, lines, StandardCharsets.UTF_8);
    PetitionLoadResult result = load(bad);
    // then
    assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(fromSummary()).isEqualTo(before).isEqualTo(fromCases());
  }

  private long closed() {
    return jdbc.queryForObject(
        "SELECT sum(cases) FROM petition_month WHERE status = '已办结'", Long.class);
  }
}
