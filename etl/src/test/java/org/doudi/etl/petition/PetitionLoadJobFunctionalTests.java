package org.doudi.etl.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.etl.fileload.LoadInterruptedException;
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

@SpringBootTest(
    classes = PetitionTestApplication.class,
    properties = {
      "doudi.demo=false",
      "spring.batch.job.enabled=false",
      "spring.sql.init.mode=never",
      "doudi.personal-data.hash-secret=test-secret-0123456789abcdef0123456789"
    })
class PetitionLoadJobFunctionalTests {

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

  @Test
  void samplesLoadWithExactlyTheTruthCountsAndTheUpdateFileUpdates() throws Exception {
    // given
    JsonNode truth =
        new ObjectMapper()
            .readTree(getClass().getResourceAsStream("/samples/truth.json"))
            .get("petitions");
    // when
    PetitionLoadResult first = load(PetitionFixtures.sample(files, "信访台账-1.csv"));
    PetitionLoadResult second = load(PetitionFixtures.sample(files, "信访台账-2.csv"));
    // then
    assertThat(first.outcome()).isEqualTo(Outcome.LOADED);
    assertThat(second.outcome()).isEqualTo(Outcome.LOADED);
    assertThat(first.newCases() + second.newCases()).isEqualTo(truth.get("rows").asLong());
    Map<String, Long> expected = new HashMap<>();
    truth
        .get("by_period_street")
        .properties()
        .forEach(e -> expected.put(e.getKey(), e.getValue().asLong()));
    Map<String, Long> actual = new HashMap<>();
    jdbc.query(
        "SELECT period || '|' || street_code, count(*) FROM petition GROUP BY ALL",
        rs -> {
          actual.put(rs.getString(1), rs.getLong(2));
        });
    assertThat(actual).isEqualTo(expected);

    // when the update export comes
    PetitionLoadResult update = load(PetitionFixtures.sample(files, "信访台账-3-更新.csv"));
    // then
    JsonNode updated = truth.get("updated");
    assertThat(update.newCases()).isZero();
    assertThat(update.updatedCases()).isEqualTo(updated.size());
    assertThat(jdbc.queryForObject("SELECT count(*) FROM petition_case", Long.class))
        .isEqualTo(truth.get("rows").asLong());
    updated
        .properties()
        .forEach(
            e -> {
              Map<String, Object> row =
                  jdbc.queryForMap(
                      "SELECT status, CAST(closed_date AS VARCHAR) AS closed FROM petition_case WHERE case_no = ?",
                      e.getKey());
              assertThat(row.get("status")).isEqualTo("已办结");
              assertThat(row.get("closed")).isEqualTo(e.getValue().asText());
            });
  }

  @Test
  void sameBytesAgainAreSkippedAsAlreadyLoaded() throws Exception {
    // given
    Path file = PetitionFixtures.sample(files, "信访台账-3-更新.csv");
    load(file);
    // when
    PetitionLoadResult again = load(file);
    // then
    assertThat(again.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(again.message()).startsWith("已导入");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM petition_case", Long.class)).isEqualTo(50);
  }

  @Test
  void fileWithBadRowsIsRejectedWholeNamingEveryLine() throws Exception {
    // given
    Path file =
        PetitionFixtures.write(
            files,
            "bad.csv",
            PetitionFixtures.HEADER
                + "XF1,2024-11-05,来电,否,其他,长寿路,低保,人情保,,,13800000000,办理中,,否\n"
                + "XF2,2024-13-45,来电,否,其他,长寿路,低保,人情保,,,13800000000,办理中,,否\n"
                + "XF3,2024-11-05,来电,否,其他,长寿路,低保,人情保,,,13800000000,办理中,,否\n"
                + "XF4,2024-11-05,来电,也许,其他,静安寺,低保,人情保,,,13800000000,办理中,,否\n"
                + "XF5,2024-11-05,来电,否\n",
            StandardCharsets.UTF_8);
    // when
    PetitionLoadResult result = load(file);
    // then
    assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(result.reasons())
        .containsExactly(
            "第 3 行：受理日期“2024-13-45”无法识别", "第 5 行：是否实名“也许”应为 是 或 否；所属街镇“静安寺”不是本区街镇", "第 6 行：列数少于表头");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM petition_case", Long.class)).isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT status FROM load_log ORDER BY id DESC LIMIT 1", String.class))
        .isEqualTo("rejected");
  }

  @Test
  void theSame编号IsKeptOnceAcrossRepeatedAndUpdatingLoads() throws Exception {
    // given a file naming XF1 twice, and two later exports updating it and adding XF3 (twice)
    String row = ",2024-11-05,来电,否,其他,长寿路,低保,人情保,,,13800000000,";
    Path first =
        PetitionFixtures.write(
            files,
            "first.csv",
            PetitionFixtures.HEADER
                + "XF1"
                + row
                + "办理中,,否\n"
                + "XF2"
                + row
                + "办理中,,否\n"
                + " XF1 "
                + row
                + "已转办,,否\n",
            StandardCharsets.UTF_8);
    Path second =
        PetitionFixtures.write(
            files,
            "second.csv",
            PetitionFixtures.HEADER
                + "XF3"
                + row
                + "办理中,,否\n"
                + "XF1"
                + row
                + "已办结,2024-11-20,是\n"
                + "XF3"
                + row
                + "已转办,,否\n",
            StandardCharsets.UTF_8);
    Path third =
        PetitionFixtures.write(
            files,
            "third.csv",
            PetitionFixtures.HEADER
                + "XF2"
                + row
                + "已办结,2024-11-21,是\n"
                + "XF1"
                + row
                + "已办结,2024-11-22,是\n",
            StandardCharsets.UTF_8);
    // when
    PetitionLoadResult one = load(first);
    PetitionLoadResult two = load(second);
    PetitionLoadResult three = load(third);
    PetitionLoadResult again = load(third);
    // then every 编号 is there once, with the state of the latest line of the latest export
    assertThat(one.newCases()).isEqualTo(2);
    assertThat(two.newCases()).isEqualTo(1);
    assertThat(two.updatedCases()).isEqualTo(1);
    assertThat(three.newCases()).isZero();
    assertThat(three.updatedCases()).isEqualTo(2);
    assertThat(again.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(
            jdbc.queryForList(
                "SELECT case_no || ' ' || status || ' ' || coalesce(CAST(closed_date AS VARCHAR), '-')"
                    + " FROM petition_case ORDER BY case_no",
                String.class))
        .containsExactly("XF1 已办结 2024-11-22", "XF2 已办结 2024-11-21", "XF3 已转办 -");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM (SELECT case_no FROM petition_case GROUP BY case_no"
                    + " HAVING count(*) > 1)",
                Long.class))
        .isZero();
  }

  @Test
  void skipBadRowsKeepsTheRestAndWritesTheRejectedRowsReport() throws Exception {
    // given
    Path file =
        PetitionFixtures.write(
            files,
            "partly.csv",
            PetitionFixtures.HEADER
                + "XF1,2024-11-05,来电,否,其他,长寿路,低保,人情保,,,13800000000,办理中,,否\n"
                + "XF2,2024-13-45,来电,否,其他,长寿路,低保,人情保,,,13800000000,办理中,,否\n"
                + "XF3,2024/11/6,来电,否,其他,曹杨,低保,人情保,,,13800000000,办理中,,否\n",
            StandardCharsets.UTF_8);
    // when
    PetitionLoadResult result = loader.load(file, "partly.csv", true, "test", LoadProgress.NONE);
    // then
    assertThat(result.outcome()).isEqualTo(Outcome.LOADED);
    assertThat(result.newCases()).isEqualTo(2);
    assertThat(result.rejectedRows()).isEqualTo(1);
    assertThat(result.rejectedReport()).isNotNull();
    assertThat(result.message()).contains("拒收 1 行").contains(result.rejectedReport().toString());
    assertThat(Files.readString(result.rejectedReport()))
        .isEqualTo("\uFEFF行号,编号,原因\n3,\"XF2\",\"受理日期“2024-13-45”无法识别\"\n");
    assertThat(result.rejectedReport().getParent()).isEqualTo(warehouse.resolve("reports"));
    assertThat(jdbc.queryForList("SELECT case_no FROM petition_case ORDER BY 1", String.class))
        .containsExactly("XF1", "XF3");
  }

  @Test
  void aLoadThatFailedInTheLoadStepIsRestartedWhereItStopped() throws Exception {
    // given a street the dictionary knows but the warehouse lost, so the insert fails
    Path file =
        PetitionFixtures.write(
            files,
            "wanli.csv",
            PetitionFixtures.HEADER + "R1,2024-11-05,来电,否,其他,万里,低保,人情保,,,13800000000,办理中,,否\n",
            StandardCharsets.UTF_8);
    jdbc.execute(
        "CREATE TEMP TABLE saved_alias AS SELECT * FROM street_alias WHERE street_code = 'wanli'");
    jdbc.execute("DELETE FROM street_alias WHERE street_code = 'wanli'");
    jdbc.execute("DELETE FROM street WHERE code = 'wanli'");
    try {
      // when
      assertThrows(LoadInterruptedException.class, () -> load(file));
      // then nothing was kept, the load is marked failed, and no raw copy stays in the inbox
      assertThat(jdbc.queryForObject("SELECT count(*) FROM petition_case", Long.class)).isZero();
      assertThat(
              jdbc.queryForObject(
                  "SELECT status FROM load_log ORDER BY id DESC LIMIT 1", String.class))
          .isEqualTo("failed");
      assertThat(rawFiles()).isEmpty();
    } finally {
      jdbc.execute("INSERT INTO street VALUES ('wanli', '万里街道', 8, '街道')");
      jdbc.execute("INSERT INTO street_alias VALUES ('万里', 'wanli')");
    }
    // when the cause is fixed, loading the same file again restarts the failed job
    long instances =
        jdbc.queryForObject(
            "SELECT count(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'petitionLoadJob'",
            Long.class);
    PetitionLoadResult restarted = load(file);
    // then
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'petitionLoadJob'",
                Long.class))
        .isEqualTo(instances);
    assertThat(restarted.outcome()).isEqualTo(Outcome.LOADED);
    assertThat(restarted.newCases()).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT street_code FROM petition_case", String.class))
        .isEqualTo("wanli");
    assertThat(
            jdbc.queryForObject(
                "SELECT status FROM load_log ORDER BY id DESC LIMIT 1", String.class))
        .isEqualTo("loaded");
    assertThat(rawFiles()).isEmpty();
  }

  /** Returns the files left anywhere in the inbox. */
  private List<Path> rawFiles() throws IOException {
    try (var files = Files.walk(warehouse.resolve("inbox"))) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
