package org.doudi.dashboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doudi.dashboard.DashboardTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the running application in Debian's headless Chromium: logs in as a leader and as a street
 * clerk, counts the drawn charts, checks that no request leaves the machine and no script fails,
 * and keeps screenshots in {@code target/screenshots/}. Skipped where there is no browser.
 */
class DashboardBrowserTest extends DashboardTestBase {

  @LocalServerPort int port;

  @RegisterExtension final Chromium browser = new Chromium(Duration.ofSeconds(30));

  private ChromeDriver driver;
  private String base;

  private static final java.util.regex.Pattern CAMPAIGN_CHART =
      java.util.regex.Pattern.compile(
          "/api/charts/(rectification|registers|removal-lists|paid-after-removal)");

  @BeforeEach
  void browser() {
    driver = browser.driver();
    base = "http://localhost:" + port;
  }

  @Test
  void leaderSeesEveryChartDrawnWithNothingFromOutside() throws IOException {
    // given
    login("leader1");
    // when
    open("/?period=2024-12");
    // then
    assertThat(drawnCharts()).isEqualTo(5);
    assertThat(driver.findElement(By.cssSelector("h1")).getText()).contains("全区概览");
    assertThat(driver.findElements(By.cssSelector(".kpi"))).hasSize(9);
    screenshot("leader-overview");

    open("/?period=all");
    assertThat(drawnCharts()).isEqualTo(5);
    screenshot("leader-overview-campaign");

    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1920, "height", 1080, "deviceScaleFactor", 1, "mobile", false));
    open("/?period=2024-12");
    assertThat(drawnCharts()).isEqualTo(5);
    screenshot("leader-overview-meeting-room", 1920);

    open("/petitions");
    assertThat(drawnCharts()).isEqualTo(3);
    screenshot("leader-petitions");

    open("/findings");
    assertThat(driver.findElements(By.cssSelector("#findings-table tbody tr"))).hasSize(5);
    screenshot("leader-findings");

    open("/streets/changshoulu");
    assertThat(drawnCharts()).isEqualTo(2);
    screenshot("leader-street");

    assertNoRequestLeftTheMachine();
    assertNoScriptError();
  }

  @Test
  void clickingAStreetInTheComparisonOpensItsPage() {
    // given
    login("leader1");
    open("/?period=2024-12");
    assertThat(drawnCharts()).isEqualTo(5);
    WebElement chart =
        driver.findElement(By.cssSelector(".chart[data-src^='/api/charts/streets']"));
    // when: click inside the first street's column, found through the chart's own coordinates
    @SuppressWarnings("unchecked")
    List<Number> pixel =
        (List<Number>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "var c = echarts.getInstanceByDom(arguments[0]);"
                        + " return c.convertToPixel({seriesIndex: 0}, [0, 4]);",
                    chart);
    Dimension size = chart.getSize();
    new Actions(driver)
        .moveToElement(
            chart,
            pixel.get(0).intValue() - size.getWidth() / 2,
            pixel.get(1).intValue() - size.getHeight() / 2)
        .click()
        .perform();
    // then
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().endsWith("/streets/changshoulu"));
    assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("长寿路街道");
  }

  @Test
  void streetClerkSeesOnlyTheOwnStreet() throws IOException {
    // given
    login("clerk1");
    // when
    open("/?period=2024-12");
    // then
    assertThat(drawnCharts()).isEqualTo(5);
    assertThat(driver.findElement(By.cssSelector("h1")).getText()).contains("长寿路街道概览");
    assertThat(driver.getPageSource()).doesNotContain("曹杨新村").doesNotContain("长风新村");
    assertThat(driver.findElements(By.linkText("信访台账"))).isEmpty();
    screenshot("clerk-overview");

    open("/streets/changshoulu");
    assertThat(drawnCharts()).isEqualTo(2);
    screenshot("clerk-street");

    open("/findings");
    assertThat(driver.findElements(By.cssSelector("#findings-table tbody tr"))).hasSize(2);
    screenshot("clerk-findings");

    assertNoRequestLeftTheMachine();
    assertNoScriptError();
  }

  @Test
  void workTeamExplainsAFindingAndItLeavesTheOpenList() throws IOException {
    // given
    login("analyst1");
    open("/findings?status=open&severity=low&period=2024-11&street=changshoulu");
    WebElement row = driver.findElement(By.cssSelector("#findings-table tbody tr"));
    String id = row.getAttribute("data-id");
    By sameFinding = By.cssSelector("#findings-table tbody tr[data-id='" + id + "']");
    // when
    row.findElement(By.cssSelector(".finding-note")).sendKeys("街镇已补充说明材料");
    row.findElement(By.cssSelector(".finding-action[data-action=explain]")).click();
    // then the page reloads without the finding among the open ones...
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElements(sameFinding).isEmpty());
    screenshot("analyst-findings");
    // ...and lists it among the explained ones
    open("/findings?status=explained&period=2024-11&street=changshoulu");
    assertThat(driver.findElements(sameFinding)).hasSize(1);
    assertNoRequestLeftTheMachine();
  }

  private void login(String username) {
    browser.login(base, username, PASSWORD);
  }

  private void open(String path) {
    driver.get(base + path);
  }

  /**
   * Waits until every chart container holds a canvas or an empty-state message, and returns how
   * many hold a drawn canvas.
   */
  /**
   * Waits for every chart to settle and returns how many of the figure charts drew. The campaign's
   * charts (problem list, registers, removal lists, money) depend on files this warehouse may not
   * hold yet: each of them must draw or say in Chinese why it is empty.
   */
  private long drawnCharts() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(
        d -> {
          List<WebElement> charts = d.findElements(By.cssSelector(".chart[data-src]"));
          return charts.stream()
              .allMatch(
                  c ->
                      !c.findElements(By.tagName("canvas")).isEmpty()
                          || c.getAttribute("class").contains("chart-empty"));
        });
    long figures = 0;
    for (WebElement chart : driver.findElements(By.cssSelector(".chart[data-src]"))) {
      boolean drawn = !chart.findElements(By.tagName("canvas")).isEmpty();
      if (CAMPAIGN_CHART.matcher(chart.getAttribute("data-src")).find()) {
        assertThat(drawn || chart.getText().matches("(?s).*\\p{IsHan}{4,}.*"))
            .as("%s draws or says why it is empty", chart.getAttribute("data-src"))
            .isTrue();
      } else if (drawn) {
        figures++;
      }
    }
    return figures;
  }

  private void screenshot(String name) {
    screenshot(name, 1440);
  }

  private void screenshot(String name, int width) {
    browser.screenshot(name, width, Duration.ofMillis(800));
  }

  private void assertNoRequestLeftTheMachine() {
    List<String> foreign = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      String message = entry.getMessage();
      if (!message.contains("\"Network.requestWillBeSent\"")) {
        continue;
      }
      int at = message.indexOf("\"url\":\"");
      if (at < 0) {
        continue;
      }
      String url = message.substring(at + 7, message.indexOf('"', at + 7));
      if (!local(url)) {
        foreign.add(url);
      }
    }
    @SuppressWarnings("unchecked")
    List<String> resources =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    for (String url : resources) {
      if (!local(url)) {
        foreign.add(url);
      }
    }
    assertThat(foreign).as("requests that left the machine").isEmpty();
  }

  private static boolean local(String url) {
    if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) {
      return true;
    }
    String host = URI.create(url).getHost();
    return "localhost".equals(host) || "127.0.0.1".equals(host);
  }

  private void assertNoScriptError() {
    assertThat(browser.consoleErrors()).as("errors in the browser console").isEmpty();
  }
}
