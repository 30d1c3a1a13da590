package org.doudi.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.doudi.dashboard.DashboardTestBase;
import org.doudi.dashboard.charts.PeriodRange;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.load.LoadCompleted;
import org.doudi.warehouse.load.LoadKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** The overview shows the district's KPIs for a period and their change, scoped to the user. */
class OverviewPageTest extends DashboardTestBase {

  @Autowired OverviewKpis kpis;
  @Autowired ApplicationEventPublisher events;

  @Test
  void kpisSumTheStreetsAndCompareWithTheMonthBefore() {
    // when
    List<Kpi> cards = kpis.kpis(PeriodRange.month(Period.of(2024, 12)), null);
    // then
    assertThat(cards).extracting(Kpi::label).startsWith("清退“人情保”", "清退“关系保”");
    assertThat(cards.get(0).value()).isEqualTo("7");
    assertThat(cards.get(0).change()).isEqualTo("较2024年11月 +3人");
    assertThat(cards.get(3).change()).isEqualTo("较2024年11月 持平");
    assertThat(cards.get(4).value()).isEqualTo("54,000.00");
    assertThat(cards.get(4).change()).isEqualTo("较2024年11月 +25,999.50元");
    assertThat(cards.get(5).value()).isEqualTo("17");
    assertThat(cards.get(5).note()).isEqualTo("已处置到位 15条，占 88.2%");
    assertThat(cards.get(6).value()).isEqualTo("11");
    assertThat(cards.get(6).note()).contains("信访台账受理 4 件，处置到位 50.0%");
    assertThat(cards.get(7).value()).isEqualTo("2");
    assertThat(cards.get(7).alert()).isTrue();
    assertThat(cards.get(8).value()).isEqualTo("1");
    assertThat(cards.get(8).change()).isEqualTo("较2024年11月 持平");
  }

  @Test
  void campaignToDateComparesWithTheTotalOneMonthEarlier() {
    // when
    List<Kpi> cards =
        kpis.kpis(new PeriodRange(Period.of(2024, 11), Period.of(2024, 12), true), null);
    // then 4 + 7 persons, against 4 up to November
    assertThat(cards.get(0).value()).isEqualTo("11");
    assertThat(cards.get(0).change()).isEqualTo("较截至2024年11月 +7人");
  }

  @Test
  void leaderSeesTheDistrictWithChartsAndTopFindings() throws Exception {
    mvc.perform(get("/").param("period", "2024-12").with(as("leader1")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("全区概览")))
        .andExpect(content().string(containsString("54,000.00")))
        .andExpect(
            content().string(containsString("data-src=\"/api/charts/discrepancy?period=2024-12\"")))
        .andExpect(content().string(containsString("长风新村街道未报送2024年12月统计表")))
        .andExpect(content().string(containsString("href=\"/streets/changshoulu\"")))
        .andExpect(content().string(containsString("/webjars/echarts/5.3.1/dist/echarts.min.js")))
        .andExpect(content().string(not(containsString("<script>"))));
  }

  @Test
  void streetClerkSeesOnlyTheOwnStreet() throws Exception {
    mvc.perform(get("/").param("period", "2024-12").with(as("clerk1")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("长寿路街道概览")))
        .andExpect(content().string(containsString("31,000.00")))
        .andExpect(content().string(not(containsString("54,000.00"))))
        .andExpect(content().string(not(containsString("长风新村"))))
        .andExpect(content().string(not(containsString("曹杨新村"))));
  }

  @Test
  void periodSelectorOffersTheCampaignAndEachMonth() throws Exception {
    mvc.perform(get("/").with(as("leader1")))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("<option value=\"all\">全周期（截至2024年12月）</option>")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<option value=\"2024-12\" selected=\"selected\">2024年12月</option>")));
  }

  @Test
  void aMonthStillBeingFiledSaysHowManyStreetsReportedAndComparesNothing() {
    // given: the current month, whose forms are due next month and which no street has sent
    Period current = Period.of(LocalDate.now(ZoneId.of("Asia/Shanghai")));

    // when
    List<Kpi> cards = kpis.kpis(PeriodRange.month(current), null);

    // then
    assertThat(cards.get(0).change()).startsWith("报送中（已报送 0/10 街镇，截止 ").endsWith("），暂不比较");
    assertThat(cards).allSatisfy(card -> assertThat(card.trend()).isEqualTo("flat"));
    assertThat(cards.get(5).change()).doesNotContain("到位率");
  }

  @Test
  void theOverviewOpensOnTheLatestCompleteMonthNotOnOneStillBeingFiled() throws Exception {
    // given: one street filed the current month early
    Period current = Period.of(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    jdbc.update(
        "INSERT INTO street_form (period, street_code, version, fill_date, "
            + org.doudi.warehouse.dictionary.Metric.columns()
            + ") VALUES (?, 'wanli', 1, current_date"
            + ", 1".repeat(15)
            + ")",
        current.toString());
    events.publishEvent(new LoadCompleted(LoadKind.STREET_FORM, Set.of(current)));
    try {
      // when / then: the month is offered but not chosen; 2024-12 (past its deadline) is
      mvc.perform(get("/").with(as("leader1")))
          .andExpect(status().isOk())
          .andExpect(
              content()
                  .string(containsString("<option value=\"" + current + "\">" + current.label())))
          .andExpect(
              content()
                  .string(
                      containsString(
                          "<option value=\"2024-12\" selected=\"selected\">2024年12月</option>")));
    } finally {
      jdbc.update("DELETE FROM street_form WHERE period = ?", current.toString());
      events.publishEvent(new LoadCompleted(LoadKind.STREET_FORM, Set.of(current)));
    }
  }

  @Test
  void demoDataIsMarked() throws Exception {
    try {
      jdbc.update(
          "INSERT INTO instance_setting (key, value) VALUES ('demo_data', 'true')"
              + " ON CONFLICT (key) DO UPDATE SET value = 'true'");
      mvc.perform(get("/").with(as("leader1")))
          .andExpect(content().string(containsString("class=\"demo-badge\"")))
          .andExpect(content().string(containsString("当前为<strong>演示数据</strong>")));
    } finally {
      jdbc.update("DELETE FROM instance_setting WHERE key = 'demo_data'");
    }
  }

  @Test
  void statusPageKeepsWhatIsLoaded() throws Exception {
    mvc.perform(get("/status").with(as("leader1")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("街镇统计表（全部版本）")));
  }
}
