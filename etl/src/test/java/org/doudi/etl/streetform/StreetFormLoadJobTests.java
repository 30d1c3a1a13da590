package org.doudi.etl.streetform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.etl.EtlTestApplication;
import org.doudi.etl.WarehouseTest;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.etl.fileload.LoadProgress;
import org.doudi.etl.fileload.LoadSource;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.load.LoadCompleted;
import org.doudi.warehouse.load.LoadKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

@SpringBootTest(classes = EtlTestApplication.class)
@Import(StreetFormLoadJobTests.Events.class)
class StreetFormLoadJobTests extends WarehouseTest {

  @TestConfiguration
  static class Events {
    final List<LoadCompleted> received = new ArrayList<>();

    @EventListener
    void on(LoadCompleted event) {
      received.add(event);
    }
  }

  @Autowired FileLoadLauncher loader;
  @Autowired JdbcTemplate jdbc;
  @Autowired Events events;

  @BeforeEach
  void emptyWarehouse() {
    jdbc.update("DELETE FROM street_form");
    jdbc.update("DELETE FROM load_run_file");
    jdbc.update("DELETE FROM load_log");
    events.received.clear();
  }

  @Test
  void samplesLoadWithExactlyTheTruthFiguresAfterTheResubmission() throws Exception {
    // given the forms streets sent for two months, and one correction
    // when
    List<FileOutcome> november =
        loader.run(
            LoadKind.STREET_FORM,
            Samples.request(Samples.files("forms/2024-11"), "2024-11", "cli:test"));
    List<FileOutcome> december =
        loader.run(
            LoadKind.STREET_FORM,
            Samples.request(Samples.files("forms/2024-12"), "2024-12", "cli:test"));
    List<FileOutcome> corrected =
        loader.run(
            LoadKind.STREET_FORM,
            Samples.request(Samples.files("forms-resubmitted"), null, "cli:test"));
    // then every file loaded
    assertThat(november).allMatch(o -> o.status() == FileOutcome.Status.OK, november.toString());
    assertThat(december).allMatch(o -> o.status() == FileOutcome.Status.OK, december.toString());
    assertThat(corrected)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.status()).isEqualTo(FileOutcome.Status.OK);
              assertThat(o.message().get(0)).contains("长寿路街道 2024年12月", "第2版", "替换第1版");
            });
    // and street_report holds exactly the truth
    Map<String, Map<String, Object>> truth = Samples.streetReport();
    List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM street_report");
    assertThat(rows).hasSize(truth.size());
    for (Map<String, Object> row : rows) {
      String key = row.get("period") + "|" + row.get("street_code");
      assertThat(truth).containsKey(key);
      for (Metric metric : Metric.values()) {
        BigDecimal expected = new BigDecimal(String.valueOf(truth.get(key).get(metric.key())));
        BigDecimal actual = new BigDecimal(String.valueOf(row.get(metric.key())));
        assertThat(actual).as(key + " " + metric.key()).isEqualByComparingTo(expected);
      }
    }
    assertThat(jdbc.queryForObject("SELECT count(*) FROM street_form", Integer.class))
        .isEqualTo(21);
    // and the periods were announced after each load
    assertThat(events.received).extracting(LoadCompleted::kind).containsOnly(LoadKind.STREET_FORM);
    assertThat(events.received.get(2).periods())
        .extracting(Object::toString)
        .containsExactly("2024-12");
  }

  @Test
  void everyBadSampleIsRejectedNamingItsCellAndNothingIsKept() throws Exception {
    // given
    Map<String, Map<String, Object>> expected = Samples.rejected();
    // when
    List<FileOutcome> outcomes =
        loader.run(LoadKind.STREET_FORM, Samples.request(Samples.files("bad"), null, "cli:test"));
    // then
    assertThat(outcomes).hasSize(expected.size());
    for (FileOutcome outcome : outcomes) {
      assertThat(outcome.status()).as(outcome.fileName()).isEqualTo(FileOutcome.Status.REJECTED);
      Object cell = expected.get(outcome.fileName()).get("cell");
      String line = outcome.statusLine();
      assertThat(line)
          .startsWith("REJECTED " + outcome.fileName() + ": ")
          .contains(outcome.fileName() + (cell == null ? "" : " Sheet1!"));
      if (cell != null) {
        assertThat(line).contains("Sheet1!" + cell + "：");
      }
    }
    assertThat(jdbc.queryForObject("SELECT count(*) FROM street_form", Integer.class)).isZero();
    assertThat(jdbc.queryForList("SELECT status FROM load_log", String.class))
        .containsOnly("rejected");
    assertThat(events.received).isEmpty();
  }

  @Test
  void sameBytesTwiceAreSkippedAsAlreadyLoaded(@TempDir Path dir) throws Exception {
    // given a form loaded once
    Path form = Samples.file("forms/2024-12/2024-12-万里街道.xlsx");
    Path copy = Files.copy(form, dir.resolve("万里-再次上传.xlsx"));
    loader.run(LoadKind.STREET_FORM, Samples.request(List.of(form), "2024-12", "cli:test"));
    // when the same bytes come again, under another name
    List<FileOutcome> again =
        loader.run(LoadKind.STREET_FORM, Samples.request(List.of(copy), "2024-12", "cli:test"));
    // then
    assertThat(again)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.status()).isEqualTo(FileOutcome.Status.SKIPPED);
              assertThat(o.statusLine()).startsWith("SKIPPED 万里-再次上传.xlsx: 已导入");
            });
    assertThat(jdbc.queryForObject("SELECT count(*) FROM street_form", Integer.class)).isEqualTo(1);
    Map<String, Object> statuses = new HashMap<>();
    jdbc.query(
        "SELECT file_name, status FROM load_log",
        rs -> {
          statuses.put(rs.getString(1), rs.getString(2));
        });
    assertThat(statuses).containsEntry("万里-再次上传.xlsx", "skipped");
  }

  @Autowired org.springframework.batch.core.repository.JobRepository jobRepository;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;
  @Autowired org.doudi.etl.fileload.StagedFileItemReader stagedFileReader;
  @Autowired StreetFormReader streetFormReader;
  @Autowired org.doudi.etl.fileload.FileLoadRecorder recorder;
  @Autowired org.doudi.warehouse.figures.FigureRepository streetFormRepository;
  @Autowired StreetForms streetForms;

  @Test
  void aRunThatDiedMidwayIsRestartedAndEndsWithExactlyTheRightRows() throws Exception {
    // given a run of five forms whose process dies while the third is being written
    StreetFormItemWriter streetFormItemWriter =
        new StreetFormItemWriter(recorder, streetFormRepository);
    List<Path> files = Samples.files("forms/2024-11").subList(1, 6);
    org.springframework.batch.core.job.Job dying =
        new org.springframework.batch.core.job.builder.JobBuilder(
                "streetFormLoadJob", jobRepository)
            .start(
                new org.springframework.batch.core.step.builder.StepBuilder(
                        "streetFormLoadStep", jobRepository)
                    .<org.doudi.etl.fileload.StagedFile,
                        org.doudi.etl.fileload.RowsItemWriter.Parsed<FormFileRead>>
                        chunk(1)
                    .transactionManager(transactionManager)
                    .reader(stagedFileReader)
                    .processor(StreetFormJobConfiguration.reading(streetFormReader))
                    .writer(
                        chunk -> {
                          streetFormItemWriter.write(chunk);
                          if (chunk.getItems().get(0).file().index() == 2) {
                            throw new IllegalStateException("进程被强行终止");
                          }
                        })
                    .build())
            .build();
    var request = Samples.request(files, "2024-11", "cli:test");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                loader.run(
                    new LoadSource(LoadKind.STREET_FORM, dying, DataSize.ofMegabytes(20), "统计表"),
                    request,
                    LoadProgress.NONE))
        .hasMessageContaining("导入中断");
    // and, as after kill -9, the repository still says the execution is running
    jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL");
    jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM street_form", Integer.class)).isEqualTo(2);
    // when the same command runs again
    List<FileOutcome> outcomes = loader.run(LoadKind.STREET_FORM, request);
    // then every file is loaded exactly once
    assertThat(outcomes)
        .hasSize(5)
        .allMatch(o -> o.status() == FileOutcome.Status.OK, outcomes.toString());
    assertThat(jdbc.queryForObject("SELECT count(*) FROM street_form", Integer.class)).isEqualTo(5);
    assertThat(jdbc.queryForObject("SELECT max(version) FROM street_form", Integer.class))
        .isEqualTo(1);
    assertThat(jdbc.queryForList("SELECT status FROM load_log", String.class))
        .hasSize(5)
        .containsOnly("loaded");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM street_report WHERE period = '2024-11'", Integer.class))
        .isEqualTo(5);
  }

  @Test
  void aFileTooLargeIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
    // given
    Path large = dir.resolve("扫描件.xlsx");
    try (var out = Files.newOutputStream(large)) {
      byte[] block = new byte[1024 * 1024];
      for (int i = 0; i < 21; i++) {
        out.write(block);
      }
    }
    // when
    List<FileOutcome> outcomes =
        loader.run(LoadKind.STREET_FORM, Samples.request(List.of(large), null, "cli:test"));
    // then
    assertThat(outcomes.get(0).statusLine())
        .isEqualTo("REJECTED 扫描件.xlsx: 扫描件.xlsx：文件大小 21.0 MB 超过上限 20.0 MB，统计表不应这么大，请检查是否选错了文件");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM street_form", Integer.class)).isZero();
  }

  @Test
  void aReturnedFormLeavesTheReportUntilTheNextUploadReplacesIt(@TempDir Path dir)
      throws Exception {
    // given a loaded form
    Path form = new FormWorkbook().field("填报日期", "2025-01-10").write(dir.resolve("长寿路.xlsx"));
    loader.run(LoadKind.STREET_FORM, Samples.request(List.of(form), null, "csclerk"));
    long id = jdbc.queryForObject("SELECT id FROM street_form", Long.class);
    events.received.clear();
    // when the work team returns it
    FormVersion returned = streetForms.returnForm(id, "analyst1", "清退人数与台账不符，请核对");
    // then it leaves street_report, stays in history, and the change is audited and announced
    assertThat(returned.returnedReason()).isEqualTo("清退人数与台账不符，请核对");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM street_report", Integer.class)).isZero();
    assertThat(streetForms.versions("changshoulu", 10))
        .singleElement()
        .satisfies(v -> assertThat(v.returnedBy()).isEqualTo("analyst1"));
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM audit_log WHERE action = 'form_returned' AND username = 'analyst1'",
                Integer.class))
        .isEqualTo(1);
    assertThat(events.received)
        .singleElement()
        .satisfies(
            e -> assertThat(e.periods()).extracting(Object::toString).containsExactly("2024-12"));
    // and when the street uploads a corrected form, even with an earlier fill date
    Path corrected =
        new FormWorkbook()
            .field("填报日期", "2025-01-05")
            .value(Metric.RENQING_REMOVED, 7)
            .write(dir.resolve("长寿路-修改.xlsx"));
    List<FileOutcome> outcomes =
        loader.run(LoadKind.STREET_FORM, Samples.request(List.of(corrected), null, "csclerk"));
    // then it replaces the returned version without a fill-date warning
    assertThat(outcomes.get(0).message()).containsExactly("长寿路街道 2024年12月 统计表已导入（第2版，接替被退回的第1版）");
    assertThat(jdbc.queryForObject("SELECT renqing_removed FROM street_report", Integer.class))
        .isEqualTo(7);
  }

  @Test
  void aResubmissionWithAnEarlierFillDateLoadsWithAWarning(@TempDir Path dir) throws Exception {
    // given
    loader.run(
        LoadKind.STREET_FORM,
        Samples.request(
            List.of(new FormWorkbook().field("填报日期", "2025-01-10").write(dir.resolve("a.xlsx"))),
            null,
            "cli:test"));
    // when
    List<FileOutcome> outcomes =
        loader.run(
            LoadKind.STREET_FORM,
            Samples.request(
                List.of(
                    new FormWorkbook().field("填报日期", "2025-01-02").write(dir.resolve("b.xlsx"))),
                null,
                "cli:test"));
    // then
    assertThat(outcomes.get(0).message())
        .containsExactly(
            "长寿路街道 2024年12月 统计表已导入（第2版，替换第1版）",
            "提醒：本表填报日期 2025-01-02 早于被替换的第1版（2025-01-10），请确认这是最新的一份");
    assertThat(jdbc.queryForObject("SELECT version FROM street_report", Integer.class))
        .isEqualTo(2);
  }

  @Test
  void theVerySameRunAgainReportsEachFileAnewWithoutFailing() throws Exception {
    // given a run of one good and one bad file
    var request =
        Samples.request(
            List.of(
                Samples.file("forms/2024-12/2024-12-万里街道.xlsx"), Samples.file("bad/words.xlsx")),
            "2024-12",
            "cli:test");
    loader.run(LoadKind.STREET_FORM, request);
    // when the very same command runs again, twice
    loader.run(LoadKind.STREET_FORM, request);
    List<FileOutcome> third = loader.run(LoadKind.STREET_FORM, request);
    // then
    assertThat(third)
        .extracting(FileOutcome::status)
        .containsExactly(FileOutcome.Status.SKIPPED, FileOutcome.Status.REJECTED);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM street_form", Integer.class)).isEqualTo(1);
  }
}
