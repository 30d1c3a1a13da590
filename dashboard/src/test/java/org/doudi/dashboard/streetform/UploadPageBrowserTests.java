package org.doudi.dashboard.streetform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A street clerk uploads a good and a bad form through the real page in headless Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadPageBrowserTests {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) throws IOException {
    Path home = Files.createTempDirectory("doudi-upload-browser");
    registry.add("doudi.warehouse.path", () -> home.resolve("doudi.duckdb").toString());
    registry.add("doudi.demo", () -> "false");
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired PasswordEncoder passwords;
  @TempDir Path dir;
  private WebDriver browser;

  @BeforeEach
  void startBrowser() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "chromium or chromedriver is not installed (apt-get install chromium chromium-driver): browser test skipped");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1600");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    jdbc.update("DELETE FROM app_user WHERE username = 'cfclerk'");
    jdbc.update(
        "INSERT INTO app_user (username, password_hash, role, street_code) VALUES ('cfclerk', ?, 'street', 'changshoulu')",
        passwords.encode("Changshou2024x"));
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private Path copy(String name) throws IOException {
    try (InputStream in = UploadPageBrowserTests.class.getResourceAsStream("/streetform/" + name)) {
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }

  @Test
  void aStreetClerkUploadsAGoodAndABadFormAndReadsEachResult() throws IOException {
    // given a clerk of 长寿路 logged in
    String base = "http://127.0.0.1:" + port;
    browser.get(base + "/login");
    browser.findElement(By.name("username")).sendKeys("cfclerk");
    browser.findElement(By.name("password")).sendKeys("Changshou2024x");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    browser.get(base + "/forms");
    // when two files are chosen at once
    Path good = copy("2024-12-长寿路街道.xlsx");
    Path bad = copy("words.xlsx");
    browser.findElement(By.cssSelector(".upload .file-input")).sendKeys(good + "\n" + bad);
    // then each shows its own result
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(
            d ->
                d.findElements(By.cssSelector(".upload-item.ok, .upload-item.rejected")).size()
                    == 2);
    List<WebElement> items = browser.findElements(By.cssSelector(".upload-item"));
    assertThat(items.get(0).getText())
        .contains("2024-12-长寿路街道.xlsx", "已导入", "长寿路街道 2024年12月 统计表已导入");
    assertThat(items.get(1).getText())
        .contains("words.xlsx", "未导入", "Sheet1!D6：“约3人”不是整数", "本账户只能报送“长寿路街道”的统计表");
    assertThat(jdbc.queryForList("SELECT street_code FROM street_form", String.class))
        .containsExactly("changshoulu");
  }
}
