package org.doudi.dashboard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.doudi.dashboard.DashboardTestBase;
import org.doudi.warehouse.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/**
 * Accounts as a person meets them (issue "what a leader and a clerk meet", item 13): a password the
 * admin chose must be replaced at the first login, everyone changes their own, and a refused new
 * account comes back filled in.
 */
class OwnPasswordTest extends DashboardTestBase {

  @Autowired AccountService service;

  private MockHttpSession login(String name, String password) throws Exception {
    return (MockHttpSession)
        mvc.perform(formLogin("/login").user(name).password(password))
            .andExpect(redirectedUrl("/"))
            .andReturn()
            .getRequest()
            .getSession();
  }

  @Test
  void anAccountTheAdminCreatedMustChooseItsOwnPasswordBeforeAnythingElse() throws Exception {
    // given
    service.create("admin1", "newclerk", Role.STREET, "changshoulu", "吴芳", null, "Vorlaeufig2025");
    MockHttpSession session = login("newclerk", "Vorlaeufig2025");

    // when
    mvc.perform(get("/findings").session(session)).andExpect(redirectedUrl("/account/password"));
    String page =
        mvc.perform(get("/account/password").session(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    mvc.perform(
            post("/account/password")
                .session(session)
                .with(csrf())
                .param("current", "Vorlaeufig2025")
                .param("password", "MeinEigenes2025")
                .param("repeat", "MeinEigenes2025"))
        .andExpect(flash().attribute("ok", "密码已修改。其他设备上的登录已失效，需用新密码重新登录。"));

    // then
    assertThat(page).contains("您的密码由管理员设置", "原密码", "再次输入新密码");
    mvc.perform(get("/findings").session(session)).andExpect(status().isOk());
    assertThat(accounts.find("newclerk").orElseThrow().mustChangePassword()).isFalse();
    assertThat(
            passwords.matches(
                "MeinEigenes2025", accounts.find("newclerk").orElseThrow().passwordHash()))
        .isTrue();
  }

  @Test
  void aWrongCurrentPasswordOrAMismatchedRepeatChangesNothing() throws Exception {
    // given
    service.create("admin1", "careful", Role.LEADER, null, "郑红", null, "Vorlaeufig2025");
    MockHttpSession session = login("careful", "Vorlaeufig2025");
    String before = accounts.find("careful").orElseThrow().passwordHash();

    // when / then
    mvc.perform(
            post("/account/password")
                .session(session)
                .with(csrf())
                .param("current", "Falsch2025xyz")
                .param("password", "MeinEigenes2025")
                .param("repeat", "MeinEigenes2025"))
        .andExpect(flash().attribute("error", "原密码不正确（连续输错多次后账户会暂时锁定）"));
    mvc.perform(
            post("/account/password")
                .session(session)
                .with(csrf())
                .param("current", "Vorlaeufig2025")
                .param("password", "MeinEigenes2025")
                .param("repeat", "MeinEigenes2026"))
        .andExpect(flash().attribute("error", "两次输入的新密码不一致"));
    assertThat(accounts.find("careful").orElseThrow().passwordHash()).isEqualTo(before);
  }

  @Test
  void aRefusedNewAccountComesBackFilledInWithoutThePassword() throws Exception {
    // when
    MockHttpSession session =
        (MockHttpSession)
            mvc.perform(
                    post("/admin/users")
                        .with(as("admin1"))
                        .with(csrf())
                        .param("username", "weakling")
                        .param("role", "street")
                        .param("street", "wanli")
                        .param("displayName", "钱伟")
                        .param("email", "qian@putuo.example")
                        .param("password", "kurz1"))
                .andExpect(flash().attribute("error", "密码至少需要 10 个字符"))
                .andReturn()
                .getRequest()
                .getSession();
    String page =
        mvc.perform(get("/admin/users").session(session).with(as("admin1")))
            .andReturn()
            .getResponse()
            .getContentAsString();

    // then
    assertThat(page)
        .contains("密码至少需要 10 个字符")
        .contains("value=\"weakling\"", "value=\"钱伟\"", "value=\"qian@putuo.example\"")
        .containsPattern("<option value=\"wanli\" selected=\"selected\">万里街道</option>")
        .containsPattern("<option value=\"street\" selected=\"selected\">街镇</option>")
        .doesNotContain("kurz1");
  }
}
