package org.doudi.dashboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doudi.dashboard.DoudiApplication;
import org.doudi.dashboard.web.Words;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Opens every page as each role (admin, leader, analyst, street clerk) on an instance that loaded
 * the demo data, in Debian's headless Chromium, and fails on an English error page, a code word a
 * person should never read, a script error, or a growing list that does not state its total.
 * Screenshots go to {@code target/screenshots/tour-*.png}. Skipped where there is no browser.
 */
@SpringBootTest(
    classes = DoudiApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageTourBrowserTest {

  private static final String PASSWORD = "PageTour2026x";
  private static final Path HOME;

  static {
    try {
      HOME = Files.createTempDirectory("doudi-tour-test");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The lists that can grow: each must state its total (共 N 条). */
  private static final List<String> GROWING =
      List.of(
          "/findings",
          "/forms",
          "/forms/history",
          "/petitions/ledger",
          "/admin/audit",
          "/rectification");

  /** Words of an English error page. */
  private static final Pattern ENGLISH_ERROR =
      Pattern.compile(
          "Whitelabel|There was an unexpected error|Forbidden|Not Found|Internal Server Error"
              + "|Bad Request|Exception|status=\\d{3}");

  /** Timestamps as Java prints them (2026-12-06T22:37:59.28+08:00). */
  private static final Pattern RAW_TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> HOME.resolve("doudi.duckdb").toString());
    registry.add("doudi.demo", () -> "true");
    registry.add("doudi.mode", () -> "server");
    registry.add("doudi.backup.cron", () -> "-");
  }

  @LocalServerPort int port;
  @Autowired AccountRepository accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcTemplate jdbc;

  @RegisterExtension final Chromium browser = new Chromium(Duration.ofSeconds(60));

  private ChromeDriver driver;
  private String base;
  private final List<String> problems = new ArrayList<>();

  @BeforeEach
  void accounts() {
    account("tour-admin", Role.ADMIN, null, "系统管理员");
    account("tour-leader", Role.LEADER, null, "王局长");
    account("tour-analyst", Role.ANALYST, null, "李专班");
    account("tour-clerk", Role.STREET, "changshoulu", "周敏");
    driver = browser.driver();
    base = "http://localhost:" + port;
  }

  @Test
  void everyPageReadsInChineseForEveryRole() throws IOException {
    // given the demo instance: one finding, one real-name complaint and one street to open
    long finding =
        jdbc.queryForObject(
            "SELECT min(finding_id) FROM finding WHERE street_code = 'changshoulu'", Long.class);
    String caseNo =
        jdbc.queryForObject(
            "SELECT min(case_no) FROM complaint_ledger WHERE street_code = 'changshoulu'",
            String.class);
    List<String> everyone =
        List.of(
            "/",
            "/?period=all",
            "/forms",
            "/forms/history",
            "/findings",
            "/findings/" + finding,
            "/rectification",
            "/streets/changshoulu",
            "/status",
            "/no-such-page");
    List<String> leader =
        List.of(
            "/petitions",
            "/petitions/ledger",
            "/petitions/ledger/" + caseNo,
            "/petitions/loads",
            "/reports");
    List<String> analyst = List.of("/petitions/upload", "/reports/deliveries", "/sql");
    List<String> admin = List.of("/admin/users", "/admin/audit", "/admin/schedules", "/admin/demo");

    // when / then
    tour("tour-leader", "leader", concat(everyone, leader));
    tour("tour-analyst", "analyst", concat(everyone, leader, analyst));
    tour("tour-admin", "admin", concat(everyone, leader, analyst, admin));
    tour("tour-clerk", "street", concat(everyone, List.of("/streets/wanli", "/petitions")));
    assertThat(problems).as("problems a person would meet").isEmpty();
  }

  @Test
  void aClerkIsRefusedOtherStreetsInChineseWithAWayBack() {
    // given
    login("tour-clerk");
    // when
    driver.get(base + "/streets/wanli");
    // then
    String text = driver.findElement(By.tagName("body")).getText();
    assertThat(text).contains("无权访问（403）").doesNotContain("Whitelabel");
    assertThat(driver.findElements(By.linkText("返回首页"))).hasSize(1);
  }

  private void tour(String username, String role, List<String> paths) throws IOException {
    login(username);
    for (String path : paths) {
      driver.get(base + path);
      waitForScripts();
      String text = driver.findElement(By.tagName("body")).getText();
      String where = role + " " + path + "：";
      Matcher english = ENGLISH_ERROR.matcher(text);
      if (english.find()) {
        problems.add(where + "英文出错信息 " + english.group());
      }
      if (!path.startsWith("/sql")) {
        for (String word : Words.CODE_WORDS) {
          if (Pattern.compile("(?<![\\w.-])" + Pattern.quote(word) + "(?![\\w-])")
              .matcher(text)
              .find()) {
            problems.add(where + "代码词 " + word);
          }
        }
        Matcher raw = RAW_TIMESTAMP.matcher(text);
        if (raw.find()) {
          problems.add(where + "未格式化的时间 " + raw.group());
        }
      }
      String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
      if (GROWING.contains(pathOnly) && !errorPage()) {
        List<WebElement> totals = driver.findElements(By.cssSelector(".pager .total"));
        if (totals.isEmpty() || !totals.get(0).getText().matches("共 [\\d,]+ 条.*")) {
          problems.add(where + "列表没有写明总数");
        }
      }
      for (String error : scriptErrors()) {
        problems.add(where + "脚本错误 " + error);
      }
      screenshot("tour-" + role + pathOnly.replaceAll("[^\\w]+", "-"));
    }
    driver.manage().deleteAllCookies();
  }

  private boolean errorPage() {
    return !driver.findElements(By.cssSelector(".error-page")).isEmpty();
  }

  /** Returns the console's errors, less the failed load of the page itself on an error page. */
  private List<String> scriptErrors() {
    boolean errorPage = errorPage();
    return browser.consoleErrors().stream()
        .filter(m -> !(errorPage && m.contains("Failed to load resource")))
        .toList();
  }

  private void waitForScripts() {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> {
              JavascriptExecutor js = (JavascriptExecutor) d;
              return Boolean.TRUE.equals(
                  js.executeScript(
                      "return document.readyState === 'complete' && Array.from("
                          + "document.querySelectorAll('.chart[data-src]')).every(function (c) {"
                          + " return c.querySelector('canvas') || c.className.indexOf('chart-empty') >= 0; })"));
            });
  }

  private void login(String username) {
    browser.login(base, username, PASSWORD);
  }

  private void account(String name, Role role, String street, String displayName) {
    if (accounts.find(name).isEmpty()) {
      accounts.create(
          new Account(
              name, passwords.encode(PASSWORD), role, street, displayName, null, true, 0, null));
    }
  }

  private void screenshot(String name) {
    browser.screenshot(name, 1440, Duration.ZERO);
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return all;
  }
}
