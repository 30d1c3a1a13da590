package org.doudi.dashboard.findings;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.doudi.dashboard.DashboardTestBase;
import org.junit.jupiter.api.Test;

/** A finding's own page, and the list's figures named by each rule. */
class FindingPageTest extends DashboardTestBase {

  @Test
  void aFindingsPageNamesItsFiguresByItsRuleAndLinksItsSources() throws Exception {
    // when: the discipline mismatch of the fixture (form 5, discipline 6)
    mvc.perform(get("/findings/1").with(as("analyst1")))
        // then
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("统计表填报")))
        .andExpect(content().string(containsString("报送纪检监察机关")))
        .andExpect(content().string(containsString("/streets/changshoulu?period=2024-12")))
        .andExpect(content().string(containsString("处理记录")))
        .andExpect(content().string(containsString("data-action=\"explain\"")));
  }

  @Test
  void theListWordsEachRulesFiguresItsOwnWay() throws Exception {
    // when
    mvc.perform(get("/findings").with(as("leader1")))
        // then: no column whose meaning changes by rule
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("<th class=\"num\">街镇数</th>"))))
        .andExpect(content().string(containsString("统计表填报信访件数 4；信访台账当月受理件数 2")))
        .andExpect(content().string(containsString("街镇数值 2,500；对照数值 800")))
        .andExpect(content().string(containsString("共 5 条，当前第 1–5 条（第 1/1 页）")));
  }

  @Test
  void aClerkMayOpenOwnStreetsFindingsOnly() throws Exception {
    // when / then
    mvc.perform(get("/findings/4").with(as("clerk1"))).andExpect(status().isOk());
    mvc.perform(get("/findings/3").with(as("clerk1"))).andExpect(status().isForbidden());
  }

  @Test
  void anUnknownFindingIsAChinese404() throws Exception {
    // when / then
    mvc.perform(get("/findings/999999").with(as("leader1"))).andExpect(status().isNotFound());
  }
}
