package org.doudi.dashboard.streetform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.doudi.dashboard.e2e.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
  @RegisterExtension final Chromium chromium = new Chromium(Duration.ofSeconds(60), 1400, 1600);
  private WebDriver browser;

  @BeforeEach
  void startBrowser() {
    browser = chromium.driver();
    jdbc.update("DELETE FROM app_user WHERE username = 'cfclerk'");
    jdbc.update(
        "INSERT INTO app_user (username, password_hash, role, street_code) VALUES ('cfclerk', ?, 'street', 'changshoulu')",
        passwords.encode("Changshou2024x"));
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
