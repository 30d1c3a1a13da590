package org.doudi.dashboard.charts;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.doudi.dashboard.DashboardTestBase;
import org.junit.jupiter.api.Test;

/** The chart endpoints answer options whose series hold exactly the warehouse's figures. */
class ChartEndpointsTest extends DashboardTestBase {

  @Test
  void removalsTrendStacksTheFourKindsOverTheCampaignMonths() throws Exception {
    // given the fixture: 2024-11 and 2024-12, changshoulu corrected its December form (v2)
    // when
    mvc.perform(get("/api/charts/removals").param("period", "2024-12").with(as("leader1")))
        // then the months run from the campaign start and the latest versions are summed
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.option.title.text").value("清退人数（按类型）"))
        .andExpect(jsonPath("$.option.xAxis.data", contains("2024年11月", "2024年12月")))
        .andExpect(jsonPath("$.option.series[0].name").value("人情保"))
        .andExpect(jsonPath("$.option.series[0].stack").value("total"))
        .andExpect(jsonPath("$.option.series[0].data", contains(4, 7)))
        .andExpect(jsonPath("$.option.series[1].data", contains(2, 4)))
        .andExpect(jsonPath("$.option.series[2].data", contains(1, 1)))
        .andExpect(jsonPath("$.option.series[3].data", contains(2, 2)))
        .andExpect(jsonPath("$.option.toolbox.feature.saveAsImage.title").value("保存为图片"))
        .andExpect(jsonPath("$.option.tooltip.trigger").value("axis"))
        .andExpect(jsonPath("$.option.yAxis.name").value("人"))
        .andExpect(jsonPath("$.meta.units[0]").value("人"));
  }

  @Test
  void recoveredYuanKeepsTheFen() throws Exception {
    // when
    mvc.perform(get("/api/charts/recovered").param("period", "2024-12").with(as("leader1")))
        // then renqing 2024-11 = 12000.50 + 1000; 2024-12 = 20000 + 9000
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.option.series[0].data", contains(13000.5, 29000.0)))
        .andExpect(jsonPath("$.option.series[3].data", contains(5500.0, 6000.0)))
        .andExpect(jsonPath("$.option.yAxis.name").value("元"));
  }

  @Test
  void handlingRatesComeFromFormsAndTheLog() throws Exception {
    // when
    mvc.perform(get("/api/charts/handling").param("period", "2024-12").with(as("leader1")))
        // then clues 11/13 and 15/17; forms' petitions 6/8 and 10/11; log 1/2 and 2/4
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.option.series[0].data", contains(84.6, 88.2)))
        .andExpect(jsonPath("$.option.series[1].data", contains(75.0, 90.9)))
        .andExpect(jsonPath("$.option.series[2].data", contains(50.0, 50.0)));
  }

  @Test
  void aRateAbove100IsOnTheAxisAndMarked() throws Exception {
    // given caoyangxincun's November form says 30 clues resolved of 1: (11 + 30) / (13 + 1)
    jdbc.update(
        "INSERT INTO street_form (period, street_code, version, contact_name, fill_date,"
            + " renqing_removed, renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan,"
            + " zhengce_removed, zhengce_recovered_yuan, whole_household_added, sanwu_removed,"
            + " sanwu_recovered_yuan, clues_total, clues_resolved, petitions_handled,"
            + " petitions_resolved, card_custody_cases, relative_filings) VALUES ('2024-11',"
            + " 'caoyangxincun', 1, '陈静', DATE '2024-12-20', 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 30,"
            + " 0, 0, 0, 0)");
    try {
      // when
      mvc.perform(get("/api/charts/handling").param("period", "2024-12").with(as("leader1")))
          // then the axis reaches past 292.9 %, the point is a red triangle, 100 % is a line
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.option.yAxis.max").value(300))
          .andExpect(jsonPath("$.option.series[0].data[0].value").value(292.9))
          .andExpect(jsonPath("$.option.series[0].data[0].symbol").value("triangle"))
          .andExpect(jsonPath("$.option.series[0].data[1]").value(88.2))
          .andExpect(jsonPath("$.option.series[0].markLine.data[0].yAxis").value(100))
          .andExpect(jsonPath("$.option.title.subtext", containsString("超过100%")));
    } finally {
      jdbc.update(
          "DELETE FROM street_form WHERE period = '2024-11' AND street_code = 'caoyangxincun'");
    }
  }

  @Test
  void theComparisonsRateHasItsOwnAxis() throws Exception {
    // when
    mvc.perform(get("/api/charts/streets").param("period", "2024-12").with(as("leader1")))
        // then the third axis is the rate's, shown, on the right, named 到位率
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.option.yAxis[2].name").value("到位率 %"))
        .andExpect(jsonPath("$.option.yAxis[2].position").value("right"))
        .andExpect(jsonPath("$.option.yAxis[2].show").doesNotExist());
  }

  @Test
  void streetComparisonListsEveryStreetWithItsCodeForClicks() throws Exception {
    // when
    mvc.perform(get("/api/charts/streets").param("period", "2024-12").with(as("leader1")))
        // then
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.option.xAxis.data", hasSize(10)))
        .andExpect(jsonPath("$.option.xAxis.data[0]").value("长寿路街道"))
        .andExpect(jsonPath("$.meta.streetCodes[0]").value("changshoulu"))
        .andExpect(jsonPath("$.option.series[0].data[0]").value(8))
        .andExpect(jsonPath("$.option.series[0].data[1]").value(6))
        .andExpect(jsonPath("$.option.series[0].data[2]").value(0))
        .andExpect(jsonPath("$.option.series[1].data[0]").value(31000.0))
        .andExpect(jsonPath("$.option.series[1].data[1]").value(23000.0))
        .andExpect(jsonPath("$.option.series[2].data[0]").value(100.0));
  }

  @Test
  void heatmapColoursTheFigureThatDiffersFromDiscipline() throws Exception {
    // when
    mvc.perform(get("/api/charts/discrepancy").param("period", "2024-12").with(as("leader1")))
        // then changshoulu renqing_removed: form 5, discipline 6 -> 16.7%; caoyang agrees
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.option.xAxis.data", hasSize(15)))
        .andExpect(jsonPath("$.option.xAxis.data[0]").value("清退人情保人数"))
        .andExpect(jsonPath("$.option.yAxis.data", hasSize(10)))
        .andExpect(jsonPath("$.option.series[0].data[0]", contains(0, 0, 16.7, 5, 6, 0)))
        .andExpect(jsonPath("$.option.series[0].data[1]", contains(1, 0, 0.0, 20000.0, 20000.0, 0)))
        .andExpect(jsonPath("$.option.series[0].data[15][2]").value(0.0))
        .andExpect(jsonPath("$.option.series[0].data[30][2]").value("-"))
        .andExpect(jsonPath("$.option.visualMap.pieces[0].value").value(-1))
        .andExpect(jsonPath("$.meta.kind").value("heatmap"));
  }

  @Test
  void heatmapMarksAFigureOnlyOneSideReported() throws Exception {
    // when: the campaign to date includes changfeng's November form with no discipline figures
    mvc.perform(get("/api/charts/discrepancy").param("period", "all").with(as("leader1")))
        // then
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.option.series[0].data[30]", contains(0, 2, -1, null, null, 1)));
  }

  @Test
  void heatmapComparesTheMonthsBothSidesHaveWhenOneMonthIsMissing() throws Exception {
    // given caoyangxincun's November form, for which no discipline figures came
    jdbc.update(
        "INSERT INTO street_form (period, street_code, version, contact_name, fill_date,"
            + " renqing_removed, renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan,"
            + " zhengce_removed, zhengce_recovered_yuan, whole_household_added, sanwu_removed,"
            + " sanwu_recovered_yuan, clues_total, clues_resolved, petitions_handled,"
            + " petitions_resolved, card_custody_cases, relative_filings) VALUES ('2024-11',"
            + " 'caoyangxincun', 1, '陈静', DATE '2024-12-20', 7, 100, 0, 0, 0, 0, 0, 0, 0, 1, 1,"
            + " 1, 1, 0, 0)");
    try {
      // when
      mvc.perform(get("/api/charts/discrepancy").param("period", "all").with(as("leader1")))
          // then December, which both sides have, agrees; November is counted as one-sided
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.option.series[0].data[15]", contains(0, 1, 0.0, 2, 2, 1)));
    } finally {
      jdbc.update(
          "DELETE FROM street_form WHERE period = '2024-11' AND street_code = 'caoyangxincun'");
    }
  }

  @Test
  void petitionChannelsAreStackedByCategory() throws Exception {
    // when
    mvc.perform(
            get("/api/charts/petitions/channels").param("period", "2024-12").with(as("leader1")))
        // then 来电: one 求助申请 and one 投诉举报; 来信: one 投诉举报; 12345热线: one 求助申请
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.option.xAxis.data", contains("来电", "来信", "来访", "网上信访", "12345热线")))
        .andExpect(jsonPath("$.option.series[0].name").value("求助申请"))
        .andExpect(jsonPath("$.option.series[0].data", contains(1, 0, 0, 0, 1)))
        .andExpect(jsonPath("$.option.series[1].name").value("投诉举报"))
        .andExpect(jsonPath("$.option.series[1].data", contains(1, 1, 0, 0, 0)));
  }

  @Test
  void petitionIssuesCountEachIssueOfACase() throws Exception {
    // when
    mvc.perform(get("/api/charts/petitions/issues").param("period", "all").with(as("analyst1")))
        // then 人情保 is raised by two cases, the others by one each
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.option.xAxis.data[0]").value("人情保"))
        .andExpect(jsonPath("$.option.series[0].data[0]").value(2))
        .andExpect(jsonPath("$.option.series[0].data", hasSize(5)));
  }

  @Test
  void petitionProgramsSplitResolvedFromOpen() throws Exception {
    // when
    mvc.perform(get("/api/charts/petitions/programs").param("period", "all").with(as("leader1")))
        // then 低保: three cases, none resolved
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.option.xAxis.data[0]").value("低保"))
        .andExpect(jsonPath("$.option.series[0].data[0]").value(0))
        .andExpect(jsonPath("$.option.series[1].data[0]").value(3));
  }

  @Test
  void aMonthWithoutFormsExplainsWhatToLoad() throws Exception {
    // when
    mvc.perform(get("/api/charts/streets").param("period", "2023-01").with(as("leader1")))
        // then
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.option").doesNotExist())
        .andExpect(jsonPath("$.meta.empty", containsString("在“统计表”页面上传")))
        .andExpect(jsonPath("$.meta.empty", not(containsString("ingest"))));
  }

  @Test
  void aBadPeriodIsABadRequest() throws Exception {
    mvc.perform(get("/api/charts/removals").param("period", "十二月").with(as("leader1")))
        .andExpect(status().isBadRequest());
  }

  @Test
  void streetClerkGetsOnlyTheOwnStreetInEveryChart() throws Exception {
    // when a clerk of changshoulu asks for the district charts
    mvc.perform(get("/api/charts/removals").param("period", "2024-12").with(as("clerk1")))
        // then the series are the street's own figures
        .andExpect(jsonPath("$.option.series[0].data", contains(3, 5)));
    mvc.perform(get("/api/charts/streets").param("period", "2024-12").with(as("clerk1")))
        .andExpect(jsonPath("$.option.xAxis.data", contains("长寿路街道")))
        .andExpect(jsonPath("$.meta.streetCodes", contains("changshoulu")))
        .andExpect(content().string(not(containsString("曹杨"))));
    mvc.perform(get("/api/charts/discrepancy").param("period", "2024-12").with(as("clerk1")))
        .andExpect(jsonPath("$.option.yAxis.data", contains("长寿路街道")))
        .andExpect(content().string(not(containsString("曹杨"))))
        .andExpect(content().string(not(containsString("长风"))));
    mvc.perform(get("/api/charts/petitions/channels").param("period", "2024-12").with(as("clerk1")))
        .andExpect(jsonPath("$.option.series[0].data", contains(0, 0, 0, 0, 1)))
        .andExpect(jsonPath("$.option.series[1].data", contains(1, 0, 0, 0, 0)));
  }

  @Test
  void streetClerkIsRefusedAnotherStreet() throws Exception {
    mvc.perform(get("/api/charts/removals").param("street", "caoyangxincun").with(as("clerk1")))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/charts/petitions/channels")
                .param("street", "caoyangxincun")
                .with(as("clerk1")))
        .andExpect(status().isForbidden());
  }

  @Test
  void streetClerkIsRefusedThePetitionBreakdowns() throws Exception {
    mvc.perform(get("/api/charts/petitions/programs").with(as("clerk1")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/charts/petitions/issues").with(as("clerk1")))
        .andExpect(status().isForbidden());
  }

  @Test
  void anonymousVisitorsGetNoFigures() throws Exception {
    mvc.perform(get("/api/charts/removals"))
        .andExpect(status().is3xxRedirection())
        .andExpect(jsonPath("$.option").doesNotExist());
  }

  @Test
  void leaderMayAskForOneStreet() throws Exception {
    mvc.perform(
            get("/api/charts/removals")
                .param("period", "2024-12")
                .param("street", "caoyangxincun")
                .with(as("leader1")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.option.series[0].data", contains(0, 2)))
        .andExpect(jsonPath("$.meta.empty").doesNotExist());
  }
}
