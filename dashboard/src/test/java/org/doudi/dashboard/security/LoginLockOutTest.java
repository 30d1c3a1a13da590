package org.doudi.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doudi.dashboard.WebTestSupport;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Hostile logins (issue "hold under attack", cases 4 and 5): a burst of parallel guesses, the right
 * password after the lock-out, and names that are unknown, disabled or locked.
 */
class LoginLockOutTest extends WebTestSupport {

  private static final String PASSWORD = "Richtig2024x";

  @Autowired MockMvc mvc;
  @Autowired AccountRepository accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcTemplate jdbc;

  private void account(String name, boolean enabled) {
    accounts.create(
        new Account(
            name, passwords.encode(PASSWORD), Role.ANALYST, null, name, null, enabled, 0, null));
  }

  private MockHttpServletResponse login(String name, String password) throws Exception {
    return mvc.perform(formLogin("/login").user(name).password(password)).andReturn().getResponse();
  }

  private List<String> audit(String name) {
    return jdbc.queryForList(
        "SELECT action || ' ' || outcome || ' ' || coalesce(detail, '') FROM audit_log"
            + " WHERE username = ? ORDER BY id",
        String.class,
        name);
  }

  private long checked(String name) {
    return audit(name).stream().filter(row -> row.contains("密码错误")).count();
  }

  @Test
  void twentyParallelWrongPasswordsGetAtMostFiveChecksAndNoServerError() throws Exception {
    // given
    account("burst", true);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Callable<MockHttpServletResponse>> guesses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String guess = "falsch-" + i + "-2024";
      guesses.add(() -> login("burst", guess));
    }

    // when
    List<Integer> statuses = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    try {
      for (Future<MockHttpServletResponse> answer : pool.invokeAll(guesses)) {
        statuses.add(answer.get().getStatus());
        targets.add(answer.get().getRedirectedUrl());
      }
    } finally {
      pool.shutdown();
    }

    // then
    assertThat(statuses).hasSize(20).containsOnly(302);
    assertThat(targets).containsOnly("/login?error");
    assertThat(checked("burst")).isEqualTo(5);
    assertThat(audit("burst")).hasSize(20);
    assertThat(audit("burst").stream().filter(row -> row.startsWith("account_locked"))).hasSize(1);
    Account locked = accounts.find("burst").orElseThrow();
    assertThat(locked.failedLogins()).isEqualTo(20);
    assertThat(locked.lockedUntil()).isNotNull();
  }

  @Test
  void theRightPasswordAfterTheLockOutDoesNotLogInNorResetTheCounter() throws Exception {
    // given
    account("patient", true);
    for (int i = 0; i < 19; i++) {
      login("patient", "falsch-" + i + "-2024");
    }

    // when
    MockHttpServletResponse right = login("patient", PASSWORD);

    // then
    assertThat(right.getRedirectedUrl()).isEqualTo("/login?error");
    assertThat(checked("patient")).isEqualTo(5);
    assertThat(audit("patient")).last().asString().contains("账户已锁定，未校验密码");
    assertThat(audit("patient")).noneMatch(row -> row.startsWith("login ok"));
    assertThat(accounts.find("patient").orElseThrow().failedLogins()).isEqualTo(20);
  }

  @Test
  void unknownDisabledAndLockedNamesGetTheSameAnswerAndAreAllAudited() throws Exception {
    // given
    account("stopped", false);
    account("blocked", true);
    for (int i = 0; i < 5; i++) {
      login("blocked", "falsch-" + i + "-2024");
    }

    // when
    List<MockHttpServletResponse> answers =
        List.of(
            login("nobody-here", "falsch-2024x"),
            login("stopped", "falsch-2024x"),
            login("stopped", PASSWORD),
            login("blocked", "falsch-2024x"),
            login("blocked", PASSWORD));

    // then
    assertThat(answers)
        .extracting(MockHttpServletResponse::getRedirectedUrl)
        .containsOnly("/login?error");
    assertThat(audit("nobody-here")).containsExactly("login_failed refused 网页登录：用户名不存在");
    assertThat(audit("stopped"))
        .containsExactly(
            "login_failed refused 网页登录：账户已停用，未校验密码", "login_failed refused 网页登录：账户已停用，未校验密码");
    assertThat(audit("blocked"))
        .endsWith(
            "login_failed refused 网页登录：账户已锁定，未校验密码（第 6 次尝试）",
            "login_failed refused 网页登录：账户已锁定，未校验密码（第 7 次尝试）");
  }

  @Test
  void theLoginPageGivesOneAnswerAndKeepsTheTypedName() throws Exception {
    // given
    account("typist", false);

    // when
    MvcResult failed =
        mvc.perform(formLogin("/login").user("typist").password("falsch-2024x")).andReturn();
    MockHttpSession session = (MockHttpSession) failed.getRequest().getSession();
    String page =
        mvc.perform(get("/login?error").session(session))
            .andReturn()
            .getResponse()
            .getContentAsString();

    // then
    assertThat(page)
        .contains("用户名或密码错误，或账户暂不可用")
        .contains("value=\"typist\"")
        .doesNotContain("已停用")
        .doesNotContain("锁定");
  }
}
