package org.doudi.warehouse.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.warehouse.dictionary.Metric.CLUES_RESOLVED;
import static org.doudi.warehouse.dictionary.Metric.CLUES_TOTAL;
import static org.doudi.warehouse.dictionary.Metric.GUANXI_RECOVERED_YUAN;
import static org.doudi.warehouse.dictionary.Metric.GUANXI_REMOVED;
import static org.doudi.warehouse.dictionary.Metric.PETITIONS_HANDLED;
import static org.doudi.warehouse.dictionary.Metric.PETITIONS_RESOLVED;
import static org.doudi.warehouse.dictionary.Metric.RENQING_RECOVERED_YUAN;
import static org.doudi.warehouse.dictionary.Metric.SANWU_RECOVERED_YUAN;
import static org.doudi.warehouse.dictionary.Metric.SANWU_REMOVED;
import static org.doudi.warehouse.dictionary.Metric.ZHENGCE_RECOVERED_YUAN;
import static org.doudi.warehouse.findings.Fixture.plain;
import static org.doudi.warehouse.findings.Fixture.plainWith;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.warehouse.calendar.CalendarProperties;
import org.doudi.warehouse.calendar.ReportingCalendar;
import org.doudi.warehouse.dictionary.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.PlatformTransactionManager;

/** Each rule of sql/findings/ on a tiny fixture: exact rows out. */
@SpringJUnitConfig(FindingsTestConfiguration.class)
class FindingRulesTest {

  @TempDir static Path warehouse;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> warehouse.resolve("doudi.duckdb").toString());
  }

  private static final Period NOV = Period.of(2024, 11);
  private static final Period DEC = Period.of(2024, 12);

  @Autowired JdbcTemplate jdbc;
  @Autowired FindingsEngine engine;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired Clock clock;
  @Autowired FindingsLock lock;

  Fixture fixture;

  @BeforeEach
  void clear() {
    fixture = new Fixture(jdbc);
    fixture.clear();
  }

  private static LocalDate onTime(String period) {
    return Period.require(period).next().firstDay().plusDays(9);
  }

  @Test
  void disciplineMismatchNamesEveryDifferingFigureAndEveryMissingSide() {
    // given
    fixture.form(
        "2024-12", "changshoulu", onTime("2024-12"), plainWith(GUANXI_REMOVED, 3, CLUES_TOTAL, 10));
    fixture.discipline("2024-12", "changshoulu", plainWith(GUANXI_REMOVED, 2, CLUES_TOTAL, 3));
    fixture.form(
        "2024-12",
        "caoyangxincun",
        onTime("2024-12"),
        plainWith(GUANXI_RECOVERED_YUAN, new BigDecimal("39149.12")));
    fixture.discipline(
        "2024-12", "caoyangxincun", plainWith(GUANXI_RECOVERED_YUAN, new BigDecimal("38794.65")));
    fixture.form("2024-12", "changfengxincun", onTime("2024-12"), plain());
    fixture.discipline("2024-12", "wanli", plain());
    fixture.form("2024-11", "taopuzhen", onTime("2024-11"), plain());

    // when
    engine.recompute(List.of(NOV, DEC));

    // then
    assertThat(fixture.findings("discipline_mismatch"))
        .containsExactly(
            "2024-12 | caoyangxincun | discipline_mismatch | guanxi_recovered_yuan | 39149.12 | 38794.65 | low"
                + " | 曹杨新村街道 2024年12月 清退“关系保”追回资金：街镇报送 39,149.12元，纪委监委报送 38,794.65元",
            "2024-12 | changfengxincun | discipline_mismatch | null | null | null | medium"
                + " | 长风新村街道 2024年12月 已报送统计表，但没有该街镇本期报送纪委监委的数据，无法核对",
            "2024-12 | changshoulu | discipline_mismatch | clues_total | 10 | 3 | high"
                + " | 长寿路街道 2024年12月 问题线索数：街镇报送 10，纪委监委报送 3",
            "2024-12 | changshoulu | discipline_mismatch | guanxi_removed | 3 | 2 | medium"
                + " | 长寿路街道 2024年12月 清退“关系保”人数：街镇报送 3，纪委监委报送 2",
            "2024-12 | wanli | discipline_mismatch | null | null | null | medium"
                + " | 万里街道 2024年12月 已向纪委监委报送数据，但没有该街镇本期的统计表，无法核对");
  }

  @Test
  void disciplineMismatchComparesTheLatestVersionOfEachSide() {
    // given
    fixture.form("2024-12", "changshoulu", onTime("2024-12"), plainWith(GUANXI_REMOVED, 3));
    fixture.form("2024-12", "changshoulu", onTime("2024-12"), plain());
    fixture.discipline("2024-12", "changshoulu", plainWith(GUANXI_REMOVED, 7));
    fixture.discipline("2024-12", "changshoulu", plainWith(CLUES_TOTAL, 2));

    // when
    engine.recompute(List.of(DEC));

    // then
    assertThat(fixture.findings("discipline_mismatch"))
        .containsExactly(
            "2024-12 | changshoulu | discipline_mismatch | clues_total | 1 | 2 | medium"
                + " | 长寿路街道 2024年12月 问题线索数：街镇报送 1，纪委监委报送 2");
  }

  @Test
  void resolvedExceedsTotalForCluesAndPetitions() {
    // given
    fixture.form(
        "2024-12",
        "changshoulu",
        onTime("2024-12"),
        plainWith(CLUES_TOTAL, 3, CLUES_RESOLVED, 5, PETITIONS_HANDLED, 2, PETITIONS_RESOLVED, 4));
    fixture.form(
        "2024-12", "wanli", onTime("2024-12"), plainWith(CLUES_TOTAL, 4, CLUES_RESOLVED, 4));

    // when
    engine.recompute(List.of(DEC));

    // then
    assertThat(fixture.findings("resolved_exceeds_total"))
        .containsExactly(
            "2024-12 | changshoulu | resolved_exceeds_total | clues_resolved | 5 | 3 | high"
                + " | 长寿路街道 2024年12月 线索已处置到位数 5，大于问题线索数 3",
            "2024-12 | changshoulu | resolved_exceeds_total | petitions_resolved | 4 | 2 | high"
                + " | 长寿路街道 2024年12月 信访已处置到位数 4，大于办理社会救助领域信访事项数 2");
  }

  @Test
  void recoveredWithoutRemovalIsLowBelowTenThousandYuanAndMediumFrom() {
    // given
    fixture.form(
        "2024-12",
        "changshoulu",
        onTime("2024-12"),
        plainWith(
            GUANXI_REMOVED,
            0,
            GUANXI_RECOVERED_YUAN,
            new BigDecimal("500.00"),
            SANWU_REMOVED,
            0,
            SANWU_RECOVERED_YUAN,
            new BigDecimal("12000.00")));
    fixture.form(
        "2024-12",
        "wanli",
        onTime("2024-12"),
        plainWith(GUANXI_REMOVED, 0, GUANXI_RECOVERED_YUAN, 0));

    // when
    engine.recompute(List.of(DEC));

    // then
    assertThat(fixture.findings("recovered_without_removal"))
        .containsExactly(
            "2024-12 | changshoulu | recovered_without_removal | guanxi_recovered_yuan | 500 | 0 | low"
                + " | 长寿路街道 2024年12月 清退“关系保”追回资金 500.00元，但清退“关系保”人数为 0",
            "2024-12 | changshoulu | recovered_without_removal | sanwu_recovered_yuan | 12000 | 0 | medium"
                + " | 长寿路街道 2024年12月 清退因审核把关不严、随意放宽“三无”认定条件纳入特困供养人员追回资金 12,000.00元，"
                + "但清退因审核把关不严、随意放宽“三无”认定条件纳入特困供养人员人数为 0");
  }

  @Test
  void petitionsVsLogCountsTheStreetsCasesReceivedInTheMonth() {
    // given
    fixture.form("2024-12", "changshoulu", onTime("2024-12"), plainWith(PETITIONS_HANDLED, 30));
    fixture.cases("changshoulu", LocalDate.of(2024, 12, 1), 34);
    fixture.cases("changshoulu", LocalDate.of(2024, 12, 31), 1);
    fixture.cases("changshoulu", LocalDate.of(2025, 1, 1), 3);
    fixture.form("2024-12", "wanli", onTime("2024-12"), plainWith(PETITIONS_HANDLED, 10));
    fixture.cases("wanli", LocalDate.of(2024, 12, 15), 10);
    fixture.form("2024-12", "yichuanlu", onTime("2024-12"), plainWith(PETITIONS_HANDLED, 5));
    fixture.form("2024-11", "taopuzhen", onTime("2024-11"), plainWith(PETITIONS_HANDLED, 7));

    // when
    engine.recompute(List.of(NOV, DEC));

    // then
    assertThat(fixture.findings("petitions_vs_log"))
        .containsExactly(
            "2024-12 | changshoulu | petitions_vs_log | petitions_handled | 30 | 35 | medium"
                + " | 长寿路街道 2024年12月 办理社会救助领域信访事项数：统计表填报 30，信访台账当月受理 35（相差 5）",
            "2024-12 | yichuanlu | petitions_vs_log | petitions_handled | 5 | 0 | high"
                + " | 宜川路街道 2024年12月 办理社会救助领域信访事项数：统计表填报 5，信访台账当月受理 0（相差 5）");
  }

  @Test
  void lateSubmissionAgainstTheDefaultDayAndAPeriodsOwnDeadline() {
    // given
    jdbc.update(
        "INSERT INTO submission_deadline (period, due_date) VALUES ('2024-11', DATE '2024-12-20')");
    fixture.form("2024-11", "changshoulu", LocalDate.of(2024, 12, 22), plain());
    fixture.form("2024-12", "changshoulu", LocalDate.of(2025, 1, 25), plain());
    fixture.form("2024-12", "wanli", LocalDate.of(2025, 1, 28), plain());
    fixture.form("2024-12", "taopuzhen", LocalDate.of(2025, 2, 10), plain());

    // when
    engine.recompute(List.of(NOV, DEC));

    // then
    assertThat(fixture.findings("late_submission"))
        .containsExactly(
            "2024-11 | changshoulu | late_submission | null | 2 | null | low"
                + " | 长寿路街道 2024年11月 统计表填报日期 2024-12-22，晚于报送截止日 2024-12-20（迟 2 天）",
            "2024-12 | taopuzhen | late_submission | null | 16 | null | medium"
                + " | 桃浦镇 2024年12月 统计表填报日期 2025-02-10，晚于报送截止日 2025-01-25（迟 16 天）",
            "2024-12 | wanli | late_submission | null | 3 | null | low"
                + " | 万里街道 2024年12月 统计表填报日期 2025-01-28，晚于报送截止日 2025-01-25（迟 3 天）");
  }

  @Test
  void lateSubmissionFollowsTheConfiguredDayOfTheNextMonth() {
    // given
    FindingsEngine tenth =
        new FindingsEngine(
            jdbc,
            transactionManager,
            clock,
            new ReportingCalendar(jdbc, clock, CalendarProperties.of("2024-11", 10)),
            lock,
            event -> {});
    fixture.form("2024-12", "changshoulu", LocalDate.of(2025, 1, 10), plain());
    fixture.form("2024-12", "wanli", LocalDate.of(2025, 1, 12), plain());

    // when
    tenth.recompute(List.of(DEC));

    // then
    assertThat(fixture.findings("late_submission"))
        .containsExactly(
            "2024-12 | wanli | late_submission | null | 2 | null | low"
                + " | 万里街道 2024年12月 统计表填报日期 2025-01-12，晚于报送截止日 2025-01-10（迟 2 天）");
  }

  @Test
  void missingSubmissionFromTheFirstPeriodUpToTheLastPassedDeadline() {
    // given: today is 2025-03-01, so 2024-12 and 2025-01 are due, 2025-02 is not
    for (String street :
        List.of(
            "changshoulu",
            "caoyangxincun",
            "changfengxincun",
            "yichuanlu",
            "ganquanlu",
            "shiquanlu",
            "zhenruzhen",
            "changzhengzhen",
            "taopuzhen")) {
      fixture.form("2024-12", street, onTime("2024-12"), plain());
    }
    fixture.form("2025-01", "changshoulu", onTime("2025-01"), plain());

    // when
    engine.recomputeAll();

    // then
    List<String> expected = new ArrayList<>();
    expected.add(
        "2024-12 | wanli | missing_submission | null | 35 | null | high"
            + " | 万里街道 2024年12月 统计表未报送（报送截止日 2025-01-25，已逾期 35 天）");
    for (String[] street :
        new String[][] {
          {"caoyangxincun", "曹杨新村街道"},
          {"changfengxincun", "长风新村街道"},
          {"changzhengzhen", "长征镇"},
          {"ganquanlu", "甘泉路街道"},
          {"shiquanlu", "石泉路街道"},
          {"taopuzhen", "桃浦镇"},
          {"wanli", "万里街道"},
          {"yichuanlu", "宜川路街道"},
          {"zhenruzhen", "真如镇街道"}
        }) {
      expected.add(
          "2025-01 | "
              + street[0]
              + " | missing_submission | null | 4 | null | medium | "
              + street[1]
              + " 2025年1月 统计表未报送（报送截止日 2025-02-25，已逾期 4 天）");
    }
    assertThat(fixture.findings("missing_submission")).containsExactlyElementsOf(expected);
  }

  @Test
  void anInstanceWithoutAnyFormMissesNothingYet() {
    // given an empty warehouse: a fresh start, or the demo just removed
    // when
    engine.recomputeAll();
    // then no street is said to have missed every month since the campaign's start
    assertThat(fixture.findings("missing_submission")).isEmpty();
  }

  @Test
  void overdueComplaintGroupsTheLedgersOverdueCasesByStreetAndMonthWithoutNamingACase() {
    // given
    jdbc.execute(
        """
        CREATE VIEW complaint_ledger AS
        SELECT * FROM (VALUES
            ('XF1', 'changshoulu', DATE '2024-12-03', '待核实', true, 45),
            ('XF2', 'changshoulu', DATE '2024-12-20', '核实中', true, 70),
            ('XF3', 'changshoulu', DATE '2024-12-21', '属实', false, 10),
            ('XF4', 'wanli', DATE '2024-12-05', '待核实', true, 31)
        ) AS t(case_no, street_code, received_date, state, overdue, days_open)""");

    // when
    Recomputation result = engine.recompute(List.of(DEC));

    // then
    assertThat(result.skippedRules()).isEmpty();
    assertThat(fixture.findings("overdue_complaint"))
        .containsExactly(
            "2024-12 | changshoulu | overdue_complaint | null | 2 | 70 | high"
                + " | 长寿路街道 2024年12月 受理的实名投诉举报有 2 件超期未核实办结，最长已 70 天（案件编号见实名投诉举报台账）",
            "2024-12 | wanli | overdue_complaint | null | 1 | 31 | medium"
                + " | 万里街道 2024年12月 受理的实名投诉举报有 1 件超期未核实办结，最长已 31 天（案件编号见实名投诉举报台账）");
  }

  @Test
  void overdueComplaintIsSkippedWhileTheLedgerViewIsMissing() {
    // given
    fixture.form(
        "2024-12", "changshoulu", onTime("2024-12"), plainWith(CLUES_TOTAL, 3, CLUES_RESOLVED, 5));

    // when
    Recomputation result = engine.recompute(List.of(DEC));

    // then
    assertThat(result.skippedRules()).containsExactly("overdue_complaint");
    assertThat(fixture.findings("resolved_exceeds_total")).hasSize(1);
  }

  @Test
  void outlierYuanPerPersonByRobustZScoreAcrossStreets() {
    // given: recovered yuan per removed person 100, 110, 120, 130, 140 and 1,000
    String[] streets = {
      "changshoulu", "caoyangxincun", "changfengxincun", "yichuanlu", "ganquanlu", "wanli"
    };
    int[] perPerson = {100, 110, 120, 130, 140, 1000};
    for (int i = 0; i < streets.length; i++) {
      BigDecimal yuan = BigDecimal.valueOf(perPerson[i]);
      fixture.form(
          "2024-12",
          streets[i],
          onTime("2024-12"),
          plainWith(
              RENQING_RECOVERED_YUAN, yuan,
              GUANXI_RECOVERED_YUAN, yuan,
              ZHENGCE_RECOVERED_YUAN, yuan,
              SANWU_RECOVERED_YUAN, yuan));
    }

    // when
    engine.recompute(List.of(DEC));

    // then
    assertThat(fixture.findings("outlier_yuan_per_person"))
        .containsExactly(
            "2024-12 | wanli | outlier_yuan_per_person | null | 1000 | 125 | medium"
                + " | 万里街道 2024年12月 人均追回资金 1,000.00元/人，远高于各街镇中位数 125.00元/人（稳健 z 值 39.3），值得关注");
  }

  @Test
  void outlierClueResolutionByRobustZScoreAcrossStreets() {
    // given: resolution rates 50%, 50%, 60%, 60%, 70% and 0%
    String[] streets = {
      "changshoulu", "caoyangxincun", "changfengxincun", "yichuanlu", "ganquanlu", "wanli"
    };
    int[] resolved = {5, 5, 6, 6, 7, 0};
    for (int i = 0; i < streets.length; i++) {
      fixture.form(
          "2024-12",
          streets[i],
          onTime("2024-12"),
          plainWith(CLUES_TOTAL, 10, CLUES_RESOLVED, resolved[i]));
    }

    // when
    engine.recompute(List.of(DEC));

    // then
    assertThat(fixture.findings("outlier_clue_resolution"))
        .containsExactly(
            "2024-12 | wanli | outlier_clue_resolution | null | 0 | 55 | medium"
                + " | 万里街道 2024年12月 问题线索处置到位率 0.0%，远低于各街镇中位数 55.0%（稳健 z 值 -7.4），值得关注");
  }

  @Test
  void streetSlightlyOffAmongStreetsReportingTheSameIsNoOutlier() {
    // given: nine streets resolve 10 of 10 clues, one 9 of 10 (MAD 0, robust z about -8)
    for (String street :
        jdbc.queryForList("SELECT code FROM street ORDER BY sort_order", String.class)) {
      int resolved = street.equals("wanli") ? 9 : 10;
      fixture.form(
          "2024-12",
          street,
          onTime("2024-12"),
          plainWith(CLUES_TOTAL, 10, CLUES_RESOLVED, resolved));
    }

    // when
    engine.recompute(List.of(DEC));

    // then
    assertThat(fixture.findings("outlier_clue_resolution")).isEmpty();
    assertThat(fixture.findings("outlier_yuan_per_person")).isEmpty();
  }

  @Test
  void outlierHistoryJumpAgainstTheStreetsTrailingMedian() {
    // given: clues 4, 4, 5, 4, 6 from July to November, then 30 in December
    int[] clues = {4, 4, 5, 4, 6, 30};
    for (int i = 0; i < clues.length; i++) {
      String period = Period.of(2024, 7 + i).toString();
      fixture.form(period, "changshoulu", onTime(period), plainWith(CLUES_TOTAL, clues[i]));
    }

    // when
    engine.recomputeAll();

    // then
    assertThat(fixture.findings("outlier_history_jump"))
        .containsExactly(
            "2024-12 | changshoulu | outlier_history_jump | clues_total | 30 | 4 | medium"
                + " | 长寿路街道 2024年12月 问题线索数 30，是该街镇此前 5 期中位数 4 的 7.5 倍，值得关注");
  }
}
