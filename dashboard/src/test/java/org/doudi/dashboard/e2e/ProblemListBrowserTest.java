package org.doudi.dashboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.doudi.dashboard.DashboardTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Walks one problem-list item in headless Chromium, as the people who do it: the work team puts a
 * finding on the list, the street clerk plans, reports it done with a PDF and asks for 销号, the work
 * team returns it with a reason, the clerk fixes it, the work team accepts; the evidence is
 * downloaded and compared byte for byte. Screenshots go to {@code target/screenshots/}. Skipped
 * where there is no browser.
 */
class ProblemListBrowserTest extends DashboardTestBase {

  @LocalServerPort int port;

  @RegisterExtension final Chromium browser = new Chromium(Duration.ofSeconds(30));

  private ChromeDriver driver;
  private String base;
  private Path downloads;

  @BeforeEach
  void startBrowser() throws IOException {
    for (String table : List.of("rectification_event", "evidence_file", "rectification_record")) {
      jdbc.execute("DELETE FROM " + table);
    }
    driver = browser.driver();
    downloads = Files.createTempDirectory("doudi-downloads");
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    base = "http://localhost:" + port;
  }

  @Test
  void anItemGoesFromAFindingThroughAReturnedClosureToAnAcceptedOne() throws Exception {
    byte[] pdf =
        ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    Path evidence = Files.createTempDirectory("doudi-evidence").resolve("整改报告.pdf");
    Files.write(evidence, pdf);

    // the work team puts finding 1 (长寿路街道) on the list
    login("analyst1");
    open("/findings/1");
    screenshot("problem-list-1-finding");
    click("#to-problem-list button");
    waitFor(d -> d.getCurrentUrl().matches(".*/rectification/\\d+$"));
    String item = driver.getCurrentUrl().replaceAll(".*/rectification/", "");
    assertThat(text("#notice")).isEqualTo("已列入问题清单");
    assertThat(text("#item-status > span")).isEqualTo("整改中");
    assertThat(driver.findElement(By.id("source-link")).getAttribute("href"))
        .endsWith("/findings/1");

    // the street clerk plans, reports it done with the PDF and asks for 销号
    login("clerk1");
    open("/rectification/" + item);
    fill("#plan-form [name=department]", "长寿路街道社会救助所");
    fill("#plan-form [name=responsible]", "郭强");
    fill("#plan-form [name=measures]", "逐人核对清退名单并向纪检部门补报");
    setValue("#plan-form [name=dueDate]", "2024-12-20");
    click("#plan-form button");
    assertThat(text("#notice")).isEqualTo("已保存整改计划");
    fill("#rectified-form [name=result]", "已向纪检部门补报 1 人，统计表已更正");
    driver
        .findElement(By.cssSelector("#rectified-form [name=evidence]"))
        .sendKeys(evidence.toString());
    click("#rectified-form button");
    assertThat(text("#notice")).isEqualTo("已标记为已整改");
    assertThat(text("#item-status > span")).isEqualTo("已整改");
    click("#closure-form button");
    assertThat(text("#item-status > span")).isEqualTo("已销号（待审核）");
    screenshot("problem-list-2-closure-requested");

    // the work team returns it with a reason
    login("analyst1");
    open("/rectification/" + item);
    fill("#return-form [name=reason]", "缺少纪检部门的回执");
    click("#return-form button");
    assertThat(text("#item-status > span")).isEqualTo("已整改（销号被退回）");
    assertThat(text("#item-review-reason")).isEqualTo("缺少纪检部门的回执");

    // the clerk fixes it and asks again
    login("clerk1");
    open("/rectification/" + item);
    screenshot("problem-list-3-returned");
    fill("#plan-form [name=measures]", "逐人核对清退名单，向纪检部门补报并取得回执");
    click("#plan-form button");
    assertThat(text("#notice")).isEqualTo("已保存整改计划");
    click("#closure-form button");
    assertThat(text("#item-status > span")).isEqualTo("已销号（待审核）");

    // the work team accepts, and downloads the evidence
    login("analyst1");
    open("/rectification/" + item);
    click("#accept-form button");
    assertThat(text("#item-status > span")).isEqualTo("已销号（已确认）");
    assertThat(driver.findElements(By.id("actions"))).isEmpty();
    List<String> what =
        driver.findElements(By.cssSelector("#events tbody tr td:nth-child(3)")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(what)
        .containsExactly(
            "列入问题清单", "修改整改计划", "整改完成", "上传佐证材料", "申请销号", "销号退回", "修改整改计划", "申请销号", "销号审核通过");
    assertThat(
            driver.findElements(By.cssSelector("#events tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText)
                .distinct()
                .toList())
        .containsExactly("李专班", "周敏");
    screenshot("problem-list-4-accepted");
    click(".evidence-link");
    Path downloaded = downloads.resolve("整改报告.pdf");
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Files.exists(downloaded));
    assertThat(Files.readAllBytes(downloaded)).isEqualTo(pdf);

    // the finding now leads to its item, and the list shows it closed
    open("/findings/1");
    assertThat(text("#on-problem-list"))
        .isEqualTo("已列入问题清单 → 问题 " + item + "（长寿路街道 序号 1，已销号（已确认））");
    assertThat(driver.findElements(By.id("to-problem-list"))).isEmpty();
    screenshot("problem-list-5-finding-linked");
    open("/rectification");
    assertThat(text("#rectification-table tbody tr td.state")).isEqualTo("已销号（已确认）");
    screenshot("problem-list-6-list");
  }

  private void login(String username) {
    driver.manage().deleteAllCookies();
    browser.login(base, username, PASSWORD);
  }

  private void open(String path) {
    driver.get(base + path);
  }

  /** Clicks and, unless it is a download, waits for the page the click leads to. */
  private void click(String css) {
    WebElement element = driver.findElement(By.cssSelector(css));
    element.click();
    if (!css.equals(".evidence-link")) {
      waitFor(
          d -> {
            try {
              element.isDisplayed();
              return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
              return true;
            }
          });
    }
  }

  private void fill(String css, String value) {
    WebElement field = driver.findElement(By.cssSelector(css));
    field.clear();
    field.sendKeys(value);
  }

  private void setValue(String css, String value) {
    ((JavascriptExecutor) driver)
        .executeScript("document.querySelector(arguments[0]).value = arguments[1];", css, value);
  }

  private String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText().strip();
  }

  private void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> until) {
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(until::apply);
  }

  private void screenshot(String name) {
    browser.screenshot(name, 1440, Duration.ZERO);
  }
}
