package org.doudi.dashboard.petitions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.doudi.dashboard.DashboardTestBase;
import org.junit.jupiter.api.Test;

/**
 * The petitions page: volumes for the leading group, masked complainants for the work team only.
 */
class PetitionsPageTest extends DashboardTestBase {

  @Test
  void leaderSeesCasesButNoPersonalData() throws Exception {
    mvc.perform(get("/petitions").with(as("leader1")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("实名投诉举报")))
        .andExpect(content().string(containsString("XF2024120001")))
        .andExpect(content().string(not(containsString("张*"))))
        .andExpect(content().string(not(containsString("138****5678"))))
        .andExpect(content().string(not(containsString("反映人（脱敏）"))));
  }

  @Test
  void analystSeesTheMaskedComplainant() throws Exception {
    mvc.perform(get("/petitions").with(as("analyst1")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("张*")))
        .andExpect(content().string(containsString("138****5678")))
        .andExpect(content().string(not(containsString("3101**********1234"))));
  }

  @Test
  void adminSeesNoPersonalData() throws Exception {
    mvc.perform(get("/petitions").with(as("admin1")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("张*"))));
  }

  @Test
  void overdueCasesAreThoseOpenPastTheDeadline() throws Exception {
    mvc.perform(get("/petitions").param("period", "2024-12").with(as("leader1")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("受理超过 60 天仍未办结")))
        .andExpect(content().string(containsString("XF2024120006")));
  }

  @Test
  void streetClerkIsRefused() throws Exception {
    mvc.perform(get("/petitions").with(as("clerk1"))).andExpect(status().isForbidden());
  }
}
