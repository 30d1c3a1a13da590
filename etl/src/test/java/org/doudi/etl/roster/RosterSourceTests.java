package org.doudi.etl.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doudi.etl.EtlTestApplication;
import org.doudi.etl.WarehouseTest;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.etl.fileload.FileLoadRequest;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.etl.sheet.Encodings;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.load.LoadCompleted;
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
@Import(RosterSourceTests.Events.class)
class RosterSourceTests extends WarehouseTest {

  @TestConfiguration
  static class Events {
    final List<LoadCompleted> received = new ArrayList<>();

    @EventListener
    void on(LoadCompleted event) {
      received.add(event);
    }
  }

  @Autowired FileLoadLauncher launcher;
  @Autowired JdbcTemplate jdbc;
  @Autowired Events events;
  @TempDir Path dir;

  @BeforeEach
  void table() {
    jdbc.execute(
        "CREATE OR REPLACE TABLE test_roster (name VARCHAR, relation VARCHAR,"
            + " street_code VARCHAR, period VARCHAR, load_id BIGINT)");
    events.received.clear();
  }

  @Test
  void aSourceWrittenInItsOwnPackageLoadsThroughThePipeline() throws Exception {
    // given a GBK register with a title, a 填报单位 line and its columns in an order of its own
    String register =
        "近亲属备案登记表\r\n"
            + "填报单位：长寿路街道,,,\r\n"
            + "所属街镇,备案月份,姓名,关系\r\n"
            + "长寿路,2024-11,张三,配偶\r\n"
            + "长寿路街道,2024年12月,李四,子女\r\n";
    Path file = dir.resolve("近亲属备案.csv");
    Files.write(file, register.getBytes(Encodings.GB18030));
    FileLoadRequest request =
        new FileLoadRequest(List.of(FileLoadRequest.InputFile.of(file)), null, "cli:test", null);
    // when
    List<FileOutcome> outcomes = launcher.run(RosterJobConfiguration.KIND, request);
    // then the pipeline answers, records and announces it as it does for its own sources
    assertThat(outcomes).hasSize(1);
    FileOutcome outcome = outcomes.get(0);
    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(FileOutcome.Status.OK);
    assertThat(outcome.message()).containsExactly("备案登记表已导入，共 2 人");
    assertThat(outcome.count("people")).isEqualTo(2);
    assertThat(jdbc.queryForList("SELECT name, relation, street_code, period FROM test_roster"))
        .containsExactly(
            Map.of(
                "name", "张三", "relation", "配偶", "street_code", "changshoulu", "period", "2024-11"),
            Map.of(
                "name", "李四", "relation", "子女", "street_code", "changshoulu", "period", "2024-12"));
    assertThat(
            jdbc.queryForObject(
                "SELECT status || ' ' || file_name FROM load_log WHERE id = ?",
                String.class,
                outcome.loadId()))
        .isEqualTo("loaded 近亲属备案.csv");
    assertThat(events.received)
        .extracting(LoadCompleted::periods)
        .containsExactly(Set.of(Period.of(2024, 11), Period.of(2024, 12)));
  }

  @Test
  void aBadCellOfTheNewSourceIsNamedAndNothingIsKept() throws Exception {
    // given
    Path file = dir.resolve("备案.csv");
    Files.writeString(file, "姓名,关系,所属街镇,备案月份\n王五,父母,火星,2024-11\n");
    FileLoadRequest request =
        new FileLoadRequest(List.of(FileLoadRequest.InputFile.of(file)), null, "cli:test", null);
    // when
    FileOutcome outcome = launcher.run(RosterJobConfiguration.KIND, request).get(0);
    // then
    assertThat(outcome.status()).isEqualTo(FileOutcome.Status.REJECTED);
    assertThat(outcome.message()).containsExactly("备案.csv 第2行“所属街镇”列：街镇“火星”不是本区的街镇");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM test_roster", Long.class)).isZero();
    assertThat(events.received).isEmpty();
  }
}
