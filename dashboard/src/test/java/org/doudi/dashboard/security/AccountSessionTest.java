package org.doudi.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.doudi.dashboard.DashboardTestBase;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpSession;

/**
 * Sessions end with the account (issue "hold under attack", case 6; issue 12's street form): a
 * street clerk's open session is refused at once after the admin disables the account or resets its
 * password, on pages, exports and the chart API alike.
 */
class AccountSessionTest extends DashboardTestBase {

  private static final List<String> CLERK_PAGES =
      List.of(
          "/findings",
          "/findings/export.csv?rule=overdue_complaint",
          "/streets/changshoulu",
          "/api/charts/removals?street=changshoulu");

  private MockHttpSession loggedIn(String name) throws Exception {
    if (accounts.find(name).isEmpty()) {
      accounts.create(
          new Account(
              name,
              passwords.encode(PASSWORD),
              Role.STREET,
              "changshoulu",
              "孙晓",
              null,
              true,
              0,
              null));
    }
    return (MockHttpSession)
        mvc.perform(formLogin("/login").user(name).password(PASSWORD))
            .andExpect(redirectedUrl("/"))
            .andReturn()
            .getRequest()
            .getSession();
  }

  private void expectPagesOpen(MockHttpSession session) throws Exception {
    for (String page : CLERK_PAGES) {
      mvc.perform(get(page).session(session)).andExpect(status().isOk());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"disable", "password"})
  void aDisabledOrResetAccountsOpenSessionIsRefusedAtOnce(String action) throws Exception {
    // given
    String clerk = "session-" + action;
    MockHttpSession session = loggedIn(clerk);
    expectPagesOpen(session);

    // when
    mvc.perform(
            post("/admin/users/" + clerk + "/" + action)
                .with(as("admin1"))
                .with(csrf())
                .param("password", "Zuruecksetzen2025"))
        .andExpect(status().is3xxRedirection());

    // then
    for (String page : CLERK_PAGES) {
      mvc.perform(get(page).session(session))
          .andExpect(status().isFound())
          .andExpect(redirectedUrl("/login"));
    }
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM audit_log WHERE username = ? AND action = 'session_ended'",
                Long.class,
                clerk))
        .isEqualTo(1L);
  }

  @Test
  void aLockedAccountsOpenSessionIsRefused() throws Exception {
    // given
    MockHttpSession session = loggedIn("session-lock");
    expectPagesOpen(session);

    // when
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin("/login").user("session-lock").password("falsch-" + i + "-2024"));
    }

    // then
    mvc.perform(get("/findings").session(session)).andExpect(status().isFound());
  }

  @Test
  void aStreetClerkAskingForAnotherStreetsFormIsRefusedNotAnsweredWithItsOwn() throws Exception {
    // when / then
    mvc.perform(get("/reports/street-form?period=2024-11&street=wanli").with(as("clerk1")))
        .andExpect(status().isForbidden());
  }

  @Test
  void healthDetailsAreForAdministratorsOnly() throws Exception {
    // when
    String clerk =
        mvc.perform(get("/actuator/health/diskSpace").with(as("clerk1")))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String admin =
        mvc.perform(get("/actuator/health/diskSpace").with(as("admin1")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String clerkStatus =
        mvc.perform(get("/actuator/health").with(as("clerk1")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String anonymous =
        mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();

    // then
    assertThat(clerk).doesNotContain("path").doesNotContain("total");
    assertThat(clerkStatus).contains("\"status\":\"UP\"").doesNotContain("diskSpace");
    assertThat(anonymous).contains("\"status\":\"UP\"").doesNotContain("diskSpace");
    assertThat(admin).contains("\"path\"").contains("\"total\"");
  }
}
