package org.doudi.warehouse.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.doudi.warehouse.dictionary.Metric.GUANXI_REMOVED;
import static org.doudi.warehouse.findings.Fixture.plain;
import static org.doudi.warehouse.findings.Fixture.plainWith;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.load.LoadCompleted;
import org.doudi.warehouse.load.LoadKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** How recomputations keep, close, reopen and add findings. */
@SpringJUnitConfig(FindingsTestConfiguration.class)
class FindingsEngineTest {

  @TempDir static Path warehouse;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> warehouse.resolve("doudi.duckdb").toString());
  }

  private static final Period DEC = Period.of(2024, 12);
  private static final LocalDate FILLED = LocalDate.of(2025, 1, 10);

  @Autowired JdbcTemplate jdbc;
  @Autowired FindingsEngine engine;
  @Autowired FindingWorkflow workflow;
  @Autowired ApplicationEventPublisher events;

  Fixture fixture;

  @BeforeEach
  void clear() {
    fixture = new Fixture(jdbc);
    fixture.clear();
  }

  private long mismatchId() {
    return jdbc.queryForObject(
        "SELECT finding_id FROM finding WHERE rule = 'discipline_mismatch'", Long.class);
  }

  @Test
  void findingStillFoundKeepsItsNumberStatusAndFirstSeenButTakesTheNewFigures() {
    // given
    fixture.form("2024-12", "changshoulu", FILLED, plainWith(GUANXI_REMOVED, 3));
    fixture.discipline("2024-12", "changshoulu", plainWith(GUANXI_REMOVED, 2));
    engine.recompute(List.of(DEC));
    long id = mismatchId();
    workflow.explain(id, "analyst1", "纪委监委口径不含12月31日清退的1人");
    Object firstSeen =
        jdbc.queryForObject(
            "SELECT first_seen_at FROM finding_record WHERE id = ?", Object.class, id);

    // when
    fixture.form("2024-12", "changshoulu", FILLED, plainWith(GUANXI_REMOVED, 4));
    Recomputation result = engine.recompute(List.of(DEC));

    // then
    assertThat(result.added()).isZero();
    assertThat(result.closed()).isZero();
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT finding_id, status, first_seen_at, message FROM finding WHERE rule = 'discipline_mismatch'");
    assertThat(row.get("finding_id")).isEqualTo(id);
    assertThat(row.get("status")).isEqualTo("explained");
    assertThat(row.get("first_seen_at")).isEqualTo(firstSeen);
    assertThat(row.get("message")).isEqualTo("长寿路街道 2024年12月 清退“关系保”人数：街镇报送 4，纪委监委报送 2");
  }

  @Test
  void correctedFormClosesTheFindingWithASystemEvent() {
    // given
    fixture.form("2024-12", "changshoulu", FILLED, plainWith(GUANXI_REMOVED, 3));
    fixture.discipline("2024-12", "changshoulu", plainWith(GUANXI_REMOVED, 2));
    engine.recompute(List.of(DEC));
    long id = mismatchId();

    // when
    fixture.form("2024-12", "changshoulu", FILLED, plainWith(GUANXI_REMOVED, 2));
    Recomputation result = engine.recompute(List.of(DEC));

    // then
    assertThat(result.closed()).isEqualTo(1);
    assertThat(fixture.findings("discipline_mismatch")).isEmpty();
    Finding closed = workflow.finding(id).orElseThrow();
    assertThat(closed.current()).isFalse();
    assertThat(closed.status()).isEqualTo(FindingStatus.CLOSED);
    assertThat(workflow.history(id))
        .extracting(
            FindingEvent::actor,
            FindingEvent::action,
            FindingEvent::fromStatus,
            FindingEvent::toStatus)
        .containsExactly(
            tuple("system", "found", null, FindingStatus.OPEN),
            tuple("system", "closed", FindingStatus.OPEN, FindingStatus.CLOSED));
  }

  @Test
  void closedFindingFoundAgainIsReopenedUnderItsOldNumber() {
    // given
    fixture.form("2024-12", "changshoulu", FILLED, plainWith(GUANXI_REMOVED, 3));
    fixture.discipline("2024-12", "changshoulu", plainWith(GUANXI_REMOVED, 2));
    engine.recompute(List.of(DEC));
    long id = mismatchId();
    fixture.form("2024-12", "changshoulu", FILLED, plainWith(GUANXI_REMOVED, 2));
    engine.recompute(List.of(DEC));

    // when
    fixture.form("2024-12", "changshoulu", FILLED, plainWith(GUANXI_REMOVED, 5));
    Recomputation result = engine.recompute(List.of(DEC));

    // then
    assertThat(result.foundAgain()).isEqualTo(1);
    assertThat(mismatchId()).isEqualTo(id);
    assertThat(workflow.finding(id).orElseThrow().status()).isEqualTo(FindingStatus.OPEN);
    assertThat(workflow.history(id))
        .extracting(FindingEvent::action)
        .containsExactly("found", "closed", "found_again");
  }

  @Test
  void recomputingOnePeriodLeavesTheOtherPeriodsFindingsAlone() {
    // given
    fixture.form("2024-11", "changshoulu", FILLED, plainWith(GUANXI_REMOVED, 3));
    fixture.discipline("2024-11", "changshoulu", plainWith(GUANXI_REMOVED, 2));
    fixture.form("2024-12", "changshoulu", FILLED, plain());
    fixture.discipline("2024-12", "changshoulu", plain());
    engine.recompute(List.of(Period.of(2024, 11)));
    jdbc.update("DELETE FROM discipline_figure WHERE period = '2024-11'");

    // when
    engine.recompute(List.of(DEC));

    // then
    assertThat(fixture.findings("discipline_mismatch"))
        .containsExactly(
            "2024-11 | changshoulu | discipline_mismatch | guanxi_removed | 3 | 2 | medium"
                + " | 长寿路街道 2024年11月 清退“关系保”人数：街镇报送 3，纪委监委报送 2");
  }

  @Test
  void loadCompletedRecomputesTheLoadedPeriods() {
    // given
    fixture.form("2024-12", "changshoulu", FILLED, plainWith(GUANXI_REMOVED, 3));
    fixture.discipline("2024-12", "changshoulu", plainWith(GUANXI_REMOVED, 2));

    // when
    events.publishEvent(new LoadCompleted(LoadKind.DISCIPLINE, Set.of(DEC)));

    // then
    assertThat(fixture.findings("discipline_mismatch"))
        .containsExactly(
            "2024-12 | changshoulu | discipline_mismatch | guanxi_removed | 3 | 2 | medium"
                + " | 长寿路街道 2024年12月 清退“关系保”人数：街镇报送 3，纪委监委报送 2");
  }

  @Test
  void skippedRuleKeepsItsEarlierFindings() {
    // given
    jdbc.execute(
        "CREATE VIEW complaint_ledger AS SELECT 'XF1' AS case_no, 'wanli' AS street_code,"
            + " DATE '2024-12-05' AS received_date, '待核实' AS state, true AS overdue, 40 AS days_open");
    engine.recompute(List.of(DEC));
    jdbc.execute("DROP VIEW complaint_ledger");

    // when
    Recomputation result = engine.recompute(List.of(DEC));

    // then
    assertThat(result.skippedRules()).containsExactly("overdue_complaint");
    assertThat(fixture.findings("overdue_complaint")).hasSize(1);
  }

  @Test
  void ruleIsSkippedWhenTheLedgerLacksAColumnItNeeds() {
    // given
    jdbc.execute(
        "CREATE VIEW complaint_ledger AS SELECT 'XF1' AS case_no, 'wanli' AS street_code,"
            + " DATE '2024-12-05' AS received_date, '待核实' AS state, 40 AS days_open");
    fixture.form("2024-12", "changshoulu", FILLED, plainWith(GUANXI_REMOVED, 3));
    fixture.discipline("2024-12", "changshoulu", plainWith(GUANXI_REMOVED, 2));

    // when
    Recomputation result = engine.recompute(List.of(DEC));

    // then
    assertThat(result.skippedRules()).containsExactly("overdue_complaint");
    assertThat(fixture.findings("discipline_mismatch")).hasSize(1);
  }

  @Test
  void ruleFileNamesTheRelationsAndColumnsItNeeds() {
    // when
    FindingRule rule =
        FindingRule.of(
            "overdue_complaint.sql",
            "-- requires: complaint_ledger(case_no, overdue), other\n-- text\nSELECT 1;\n");

    // then
    assertThat(rule.name()).isEqualTo("overdue_complaint");
    assertThat(rule.requires())
        .containsExactly(
            "complaint_ledger", "complaint_ledger.case_no", "complaint_ledger.overdue", "other");
    assertThat(rule.sql()).endsWith("SELECT 1");
  }

  @Test
  void allPeriodsRunFromTheFirstFormToTodayAndCoverEveryLoadedMonth() {
    // given: today is 2025-03-01
    fixture.form("2024-12", "changshoulu", FILLED, plain());
    fixture.cases("wanli", LocalDate.of(2023, 5, 2), 1);

    // when
    List<Period> periods = engine.allPeriods();

    // then
    assertThat(periods)
        .extracting(Period::toString)
        .containsExactly("2023-05", "2024-12", "2025-01", "2025-02", "2025-03");
  }
}
