package org.doudi.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.doudi.dashboard.WebTestSupport;
import org.doudi.dashboard.account.AccountService;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

class AccessRulesTest extends WebTestSupport {

  @Autowired MockMvc mvc;
  @Autowired AccountService accounts;
  @Autowired AccountRepository repository;
  @Autowired JdbcTemplate jdbc;
  @Autowired PasswordEncoder passwords;

  private DoudiUser account(String name, Role role, String street) {
    if (repository.find(name).isEmpty()) {
      accounts.create("test", name, role, street, null, null, "Passwort2024x");
      // as if the person had chosen their own password at the first login
      repository.changePassword(name, passwords.encode("Passwort2024x"));
    }
    return new DoudiUser(repository.find(name).orElseThrow(), false);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/forms",
        "/findings",
        "/rectification",
        "/petitions",
        "/reports",
        "/sql",
        "/admin/users",
        "/admin/audit",
        "/actuator/info",
        "/actuator",
        "/no-such-page"
      })
  void everyPageRedirectsToTheLoginWithoutALogin(String page) throws Exception {
    mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/login", "/css/doudi.css", "/actuator/health"})
  void loginPageStaticAssetsAndHealthAreOpen(String page) throws Exception {
    mvc.perform(get(page)).andExpect(status().isOk());
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyst", "leader", "street"})
  void adminPagesAreForbiddenToOtherRoles(String role) throws Exception {
    // given
    DoudiUser someone =
        account(
            "role-" + role, Role.byKey(role).orElseThrow(), role.equals("street") ? "wanli" : null);

    // when / then
    mvc.perform(get("/admin/users").with(user(someone))).andExpect(status().isForbidden());
    mvc.perform(get("/admin/audit").with(user(someone))).andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/users")
                .with(user(someone))
                .with(csrf())
                .param("username", "intruder")
                .param("role", "admin")
                .param("password", "Intruder2024x"))
        .andExpect(status().isForbidden());
    assertThat(repository.find("intruder")).isEmpty();
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
    // given
    account("lockme", Role.ANALYST, null);

    // when
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin("/login").user("lockme").password("wrong-guess-" + i))
          .andExpect(redirectedUrl("/login?error"));
    }

    // then
    mvc.perform(formLogin("/login").user("lockme").password("Passwort2024x"))
        .andExpect(redirectedUrl("/login?error"));
    Account locked = repository.find("lockme").orElseThrow();
    assertThat(locked.failedLogins()).isEqualTo(6);
    assertThat(locked.lockedUntil()).isNotNull();
    assertThat(
            jdbc.queryForList(
                "SELECT action FROM audit_log WHERE target = 'lockme' AND action = 'account_locked'",
                String.class))
        .hasSize(1);
  }

  @Test
  void theRightPasswordLogsIn() throws Exception {
    // given
    account("goodlogin", Role.LEADER, null);

    // when / then
    mvc.perform(formLogin("/login").user("goodlogin").password("Passwort2024x"))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void adminCreatesAnAccountWithAStrongPasswordAndItIsAudited() throws Exception {
    // given
    DoudiUser admin = account("boss", Role.ADMIN, null);

    // when
    mvc.perform(
            post("/admin/users")
                .with(user(admin))
                .with(csrf())
                .param("username", "clerk-wanli")
                .param("role", "street")
                .param("street", "wanli")
                .param("displayName", "万里街道统计员")
                .param("email", "clerk@example.org")
                .param("password", "Wanli2024Tongji"))
        .andExpect(redirectedUrl("/admin/users"))
        .andExpect(flash().attribute("ok", "已创建账户 clerk-wanli（街镇）；首次登录时须设置新密码"));

    // then
    Account created = repository.find("clerk-wanli").orElseThrow();
    assertThat(created.role()).isEqualTo(Role.STREET);
    assertThat(created.streetCode()).isEqualTo("wanli");
    assertThat(created.mustChangePassword()).isTrue();
    assertThat(
            jdbc.queryForObject(
                "SELECT username || ' ' || action || ' ' || outcome FROM audit_log"
                    + " WHERE target = 'clerk-wanli'",
                String.class))
        .isEqualTo("boss user_created ok");
  }

  @Test
  void weakPasswordsAreRefusedByRuleInChinese() throws Exception {
    // given
    DoudiUser admin = account("boss", Role.ADMIN, null);

    // when / then
    create(admin, "weak1", "short1").andExpect(flash().attribute("error", "密码至少需要 10 个字符"));
    create(admin, "weak2", "onlyletterslong")
        .andExpect(flash().attribute("error", "密码必须同时包含字母和数字"));
    create(admin, "weak3", "xxweak3xx2024").andExpect(flash().attribute("error", "密码不能包含用户名"));
    assertThat(repository.find("weak1")).isEmpty();
    assertThat(repository.find("weak2")).isEmpty();
    assertThat(repository.find("weak3")).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM audit_log WHERE target IN ('weak1', 'weak2', 'weak3')"
                    + " AND outcome = 'refused'",
                Long.class))
        .isEqualTo(3L);
  }

  private org.springframework.test.web.servlet.ResultActions create(
      DoudiUser admin, String name, String password) throws Exception {
    return mvc.perform(
        post("/admin/users")
            .with(user(admin))
            .with(csrf())
            .param("username", name)
            .param("role", "analyst")
            .param("password", password));
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
    // given
    DoudiUser admin = account("boss", Role.ADMIN, null);

    // when / then
    mvc.perform(
            post("/admin/users")
                .with(user(admin))
                .param("username", "nocsrf")
                .param("role", "analyst")
                .param("password", "Nocsrf2024xx"))
        .andExpect(status().isForbidden());
    assertThat(repository.find("nocsrf")).isEmpty();
  }

  @Test
  void adminDisablesUnlocksAndResetsAnAccount() throws Exception {
    // given
    DoudiUser admin = account("boss", Role.ADMIN, null);
    account("changeme", Role.ANALYST, null);
    repository.recordFailedLogin("changeme", java.time.OffsetDateTime.now().plusHours(1));

    // when
    mvc.perform(post("/admin/users/changeme/disable").with(user(admin)).with(csrf()))
        .andExpect(flash().attribute("ok", "已停用账户 changeme；该账户原有登录已失效"));
    mvc.perform(post("/admin/users/changeme/unlock").with(user(admin)).with(csrf()))
        .andExpect(flash().attribute("ok", "已解锁账户 changeme"));
    mvc.perform(
            post("/admin/users/changeme/password")
                .with(user(admin))
                .with(csrf())
                .param("password", "Neues2025Passwort"))
        .andExpect(flash().attribute("ok", "已重置账户 changeme 的密码；该账户原有登录已失效，下次登录时须设置新密码"));

    // then
    Account changed = repository.find("changeme").orElseThrow();
    assertThat(changed.enabled()).isFalse();
    assertThat(changed.lockedUntil()).isNull();
    mvc.perform(formLogin("/login").user("changeme").password("Neues2025Passwort"))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/admin/audit").with(user(admin))).andExpect(status().isOk());
    assertThat(
            jdbc.queryForList(
                "SELECT action FROM audit_log WHERE target = 'changeme' AND username = 'boss'"
                    + " ORDER BY id",
                String.class))
        .containsExactly("user_disabled", "user_unlocked", "password_reset");
  }

  @Test
  void adminPageListsAccountsWithRoleLabels() throws Exception {
    // given
    DoudiUser admin = account("boss", Role.ADMIN, null);
    account("listed-clerk", Role.STREET, "taopuzhen");

    // when
    String page =
        mvc.perform(get("/admin/users").with(user(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    // then
    assertThat(page).contains("listed-clerk", "桃浦镇", "街镇", "管理员", "新建账户");
  }

  @Test
  void healthIsOpenAndInfoIsForAdministrators() throws Exception {
    // given
    DoudiUser admin = account("boss", Role.ADMIN, null);
    DoudiUser analyst = account("role-analyst", Role.ANALYST, null);

    // when / then
    assertThat(
            mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("\"status\":\"UP\"");
    assertThat(
            mvc.perform(get("/actuator/info").with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("doudi");
    mvc.perform(get("/actuator/info").with(user(analyst))).andExpect(status().isForbidden());
  }
}
