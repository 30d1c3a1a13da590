package org.doudi.dashboard.petition;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.doudi.dashboard.DashboardTestBase;
import org.junit.jupiter.api.Test;

/** A real-name complaint's page: the masked person for the work team, the way to raw data. */
class LedgerItemPageTest extends DashboardTestBase {

  @Test
  void theWorkTeamSeesTheMaskedPersonAndHowToKeepRawData() throws Exception {
    // when
    mvc.perform(get("/petitions/ledger/XF2024120001").with(as("analyst1")))
        // then
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("张*")))
        .andExpect(content().string(containsString("138****5678")))
        .andExpect(content().string(containsString("doudi.personal-data.keep-raw=true")));
  }

  @Test
  void aLeaderSeesNoPersonalData() throws Exception {
    // when
    mvc.perform(get("/petitions/ledger/XF2024120001").with(as("leader1")))
        // then
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("138****5678"))));
  }

  @Test
  void theLedgerStatesItsTotal() throws Exception {
    // when
    mvc.perform(get("/petitions/ledger").with(as("leader1")))
        // then: the fixture's three real-name complaints
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("共 3 条，当前第 1–3 条（第 1/1 页）")));
  }

  @Test
  void anUnknownCaseIsNotFound() throws Exception {
    mvc.perform(get("/petitions/ledger/XF0").with(as("leader1"))).andExpect(status().isNotFound());
  }
}
