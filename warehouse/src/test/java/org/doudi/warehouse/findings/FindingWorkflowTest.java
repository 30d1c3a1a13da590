package org.doudi.warehouse.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.doudi.warehouse.dictionary.Metric.GUANXI_REMOVED;
import static org.doudi.warehouse.findings.Fixture.plainWith;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.dictionary.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** The work team explains, corrects and reopens findings; each step is kept and audited. */
@SpringJUnitConfig(FindingsTestConfiguration.class)
class FindingWorkflowTest {

  @TempDir static Path warehouse;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> warehouse.resolve("doudi.duckdb").toString());
  }

  private static final Period DEC = Period.of(2024, 12);

  @Autowired JdbcTemplate jdbc;
  @Autowired FindingsEngine engine;
  @Autowired FindingWorkflow workflow;

  long id;
  Fixture fixture;

  @BeforeEach
  void oneOpenFinding() {
    fixture = new Fixture(jdbc);
    fixture.clear();
    jdbc.execute("DELETE FROM audit_log");
    fixture.form("2024-12", "changshoulu", LocalDate.of(2025, 1, 10), plainWith(GUANXI_REMOVED, 3));
    fixture.discipline("2024-12", "changshoulu", plainWith(GUANXI_REMOVED, 2));
    engine.recompute(List.of(DEC));
    id =
        jdbc.queryForObject(
            "SELECT finding_id FROM finding WHERE rule = 'discipline_mismatch'", Long.class);
  }

  @Test
  void explainingAnOpenFindingRecordsTheReasonInHistoryAndAudit() {
    // when
    Finding explained = workflow.explain(id, "analyst1", "纪委监委口径不含12月31日清退的1人");

    // then
    assertThat(explained.status()).isEqualTo(FindingStatus.EXPLAINED);
    assertThat(
            jdbc.queryForObject(
                "SELECT status FROM finding WHERE finding_id = ?", String.class, id))
        .isEqualTo("explained");
    assertThat(workflow.history(id))
        .extracting(
            FindingEvent::actor, FindingEvent::action, FindingEvent::toStatus, FindingEvent::reason)
        .containsExactly(
            tuple("system", "found", FindingStatus.OPEN, null),
            tuple("analyst1", "explained", FindingStatus.EXPLAINED, "纪委监委口径不含12月31日清退的1人"));
    Map<String, Object> audit =
        jdbc.queryForMap("SELECT username, action, target, detail, outcome FROM audit_log");
    assertThat(audit)
        .containsEntry("username", "analyst1")
        .containsEntry("action", "finding_explained")
        .containsEntry("target", "finding:" + id)
        .containsEntry("detail", "纪委监委口径不含12月31日清退的1人")
        .containsEntry("outcome", "ok");
  }

  @Test
  void correctingThenReopeningKeepsEveryStep() {
    // when
    workflow.correct(id, "analyst1", "街镇已按纪委监委数据更正");
    Finding reopened = workflow.reopen(id, "analyst2", "更正后的统计表尚未上传");

    // then
    assertThat(reopened.status()).isEqualTo(FindingStatus.OPEN);
    assertThat(workflow.history(id))
        .extracting(
            FindingEvent::actor,
            FindingEvent::action,
            FindingEvent::fromStatus,
            FindingEvent::toStatus)
        .containsExactly(
            tuple("system", "found", null, FindingStatus.OPEN),
            tuple("analyst1", "corrected", FindingStatus.OPEN, FindingStatus.CORRECTED),
            tuple("analyst2", "reopened", FindingStatus.CORRECTED, FindingStatus.OPEN));
  }

  @Test
  void actionWithoutReasonIsRefusedAndAudited() {
    // when / then
    assertThatThrownBy(() -> workflow.explain(id, "analyst1", "  "))
        .isInstanceOf(FindingWorkflowException.class)
        .hasMessage("请填写理由");
    assertThat(workflow.finding(id).orElseThrow().status()).isEqualTo(FindingStatus.OPEN);
    assertThat(jdbc.queryForObject("SELECT outcome FROM audit_log", String.class))
        .isEqualTo("refused");
  }

  @Test
  void reopeningAnOpenFindingIsRefused() {
    // when / then
    assertThatThrownBy(() -> workflow.reopen(id, "analyst1", "再看看"))
        .isInstanceOf(FindingWorkflowException.class)
        .hasMessage("该发现当前状态为“待处理”，不能重新打开");
  }

  @Test
  void closedFindingCannotBeExplained() {
    // given
    fixture.form("2024-12", "changshoulu", LocalDate.of(2025, 1, 12), plainWith(GUANXI_REMOVED, 2));
    engine.recompute(List.of(DEC));

    // when / then
    assertThatThrownBy(() -> workflow.explain(id, "analyst1", "已核实"))
        .isInstanceOf(FindingWorkflowException.class)
        .hasMessage("该发现在最近一次核查中已不再出现，已自动关闭，无需处理");
  }

  @Test
  void unknownFindingIsNotFound() {
    // when / then
    assertThatThrownBy(() -> workflow.history(987654))
        .isInstanceOf(FindingNotFoundException.class)
        .hasMessage("没有编号为 987654 的核查发现");
  }
}
