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
import org.doudi.etl.fileload.FileOutcome;
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

  @Autowired StreetFormLoader loader;
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
        loader.load(Samples.request(Samples.files("forms/2024-11"), "2024-11", "cli:test"));
    List<FileOutcome> december =
        loader.load(Samples.request(Samples.files("forms/2024-12"), "2024-12", "cli:test"));
    List<FileOutcome> corrected =
        loader.load(Samples.request(Samples.files("forms-resubmitted"), null, "cli:test"));
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
        loader.load(Samples.request(Samples.files("bad"), null, "cli:test"));
    // then
    assertThat(outcomes).hasSize(expected.size());
    for (FileOutcome outcome : outcomes) {
      assertThat(outcome.status()).as(outcome.fileName()).isEqualTo(FileOutcome.Status.REJECTED);
      Object cell = expected.get(outcome.fileName()).get("cell");
      String line = outcome.statusLine();
      assertThat(line)
          .startsWith("REJECTED " + outcome.fileName() + ": ")
          .contains(outcome.fileName() + (cell == null ? "：" : " Sheet1!"));
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
    loader.load(Samples.request(List.of(form), "2024-12", "cli:test"));
    // when the same bytes come again, under another name
    List<FileOutcome> again = loader.load(Samples.request(List.of(copy), "2024-12", "cli:test"));
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
}
