package org.doudi.dashboard.sqlconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.doudi.dashboard.e2e.Chromium;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An analyst logs in with headless Chromium, runs a query in the console and sees the grid. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "doudi.demo=false")
class SqlConsoleBrowserTest {

  @TempDir static Path folder;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> folder.resolve("doudi.duckdb").toString());
  }

  @LocalServerPort int port;

  @RegisterExtension final Chromium chromium = new Chromium(Duration.ofSeconds(60), 1500, 1000);
  @Autowired AccountRepository accounts;
  @Autowired PasswordEncoder passwords;

  @Test
  void analystRunsAQueryAndSeesRowsInTheGrid() throws Exception {
    // given an analyst account
    accounts.create(
        new Account(
            "liu",
            passwords.encode("Analyst2024y"),
            Role.ANALYST,
            null,
            "刘分析",
            null,
            true,
            0,
            null));
    WebDriver browser = chromium.driver();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    browser.get("http://localhost:" + port + "/login");
    browser.findElement(By.name("username")).sendKeys("liu");
    browser.findElement(By.name("password")).sendKeys("Analyst2024y");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
    // when the console is opened and a query is run
    browser.get("http://localhost:" + port + "/sql");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);",
            "SELECT code, name, kind FROM street WHERE kind = '镇' ORDER BY sort_order");
    browser.findElement(By.id("run")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "桃浦镇"));
    // then the grid shows the rows, and the schema browser the Chinese descriptions
    String grid = browser.findElement(By.id("result")).getText();
    assertThat(grid).contains("changzhengzhen", "长征镇", "taopuzhen", "桃浦镇");
    assertThat(browser.findElement(By.id("status")).getText()).startsWith("2 行");
    browser.findElement(By.cssSelector("#schema details summary")).click();
    assertThat(browser.findElement(By.id("schema")).getText()).contains("统计期（YYYY-MM），数据所属月份");
    Path shot =
        ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.createDirectories(Path.of("target"));
    Files.copy(shot, Path.of("target/sqlconsole.png"), StandardCopyOption.REPLACE_EXISTING);
    // and the workbench: editor at the top, numbers with separators, readable headers, a wide
    // plan scrolling in its own box, Calcite's message in Chinese
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertThat(
            ((Number)
                    js.executeScript(
                        "return document.querySelector('.CodeMirror').getBoundingClientRect().top;"))
                .doubleValue())
        .isLessThan(300);
    js.executeScript(
        "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);",
        "SELECT count(*), CAST(437305.83 * 1000 AS DECIMAL(14, 2)) AS yuan FROM street");
    browser.findElement(By.id("run")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "437,305,830.00"));
    assertThat(browser.findElement(By.cssSelector("#result th:nth-child(2)")).getText())
        .isEqualTo("count(*)");
    js.executeScript(
        "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);",
        "SELECT p.period, p.street_code, count(*) AS cases FROM petition p JOIN street s"
            + " ON s.code = p.street_code WHERE p.channel IN ('12345热线', '来信', '来访', '网上信访')"
            + " GROUP BY p.period, p.street_code ORDER BY cases DESC");
    browser.findElement(By.id("explain")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan")));
    assertThat(
            ((Number)
                    js.executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;"))
                .intValue())
        .isLessThanOrEqualTo(0);
    Path planShot =
        ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(
        planShot, Path.of("target/sqlconsole-plan.png"), StandardCopyOption.REPLACE_EXISTING);
    js.executeScript(
        "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);",
        "SELECT name || 'x' AS name2, name2 AS name2 FROM street");
    browser.findElement(By.id("run")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#message .alert")));
    assertThat(browser.findElement(By.id("message")).getText())
        .matches("(?s).*[\\u4e00-\\u9fff].*");
    // and a refused statement shows its reason
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);",
            "SELECT * FROM read_text('/etc/passwd')");
    browser.findElement(By.id("run")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "不支持函数 read_text"));
  }
}
