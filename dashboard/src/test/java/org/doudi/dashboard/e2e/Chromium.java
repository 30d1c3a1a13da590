package org.doudi.dashboard.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser of the browser tests: Debian's headless Chromium, started before each test and quit
 * after it, with the console and network logs kept. Where {@code /usr/bin/chromium} or {@code
 * /usr/bin/chromedriver} is missing, each test is skipped with a message that says what to install.
 * Register it with {@code @RegisterExtension final Chromium browser = new Chromium(...)}; its
 * set-up runs before the test class's own {@code @BeforeEach} methods.
 */
public final class Chromium implements BeforeEachCallback, AfterEachCallback {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final Duration pageLoad;
  private final int width;
  private final int height;
  private ChromeDriver driver;

  /** A browser of 1440×900 whose pages may take {@code pageLoad} to load. */
  public Chromium(Duration pageLoad) {
    this(pageLoad, 1440, 900);
  }

  /** A browser window of {@code width}×{@code height} whose pages may take {@code pageLoad}. */
  public Chromium(Duration pageLoad, int width, int height) {
    this.pageLoad = pageLoad;
    this.width = width;
    this.height = height;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      System.out.println(
          "SKIPPED browser tests: /usr/bin/chromium or /usr/bin/chromedriver is missing"
              + " (apt-get install chromium chromium-driver)");
    }
    Assumptions.assumeTrue(
        present,
        "browser tests need /usr/bin/chromium and /usr/bin/chromedriver"
            + " (apt-get install chromium chromium-driver)");
    Files.createDirectories(SCREENSHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--disable-default-apps",
        "--disable-extensions",
        "--lang=zh-CN",
        "--window-size=" + width + "," + height);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    driver =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build(),
            options);
    driver.manage().timeouts().pageLoadTimeout(pageLoad);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  /** Returns the running browser. */
  public ChromeDriver driver() {
    return driver;
  }

  /** Signs in on {@code base}'s login page and waits until the browser has left it. */
  public void login(String base, String username, String password) {
    driver.get(base + "/login");
    driver.findElement(By.name("username")).sendKeys(username);
    driver.findElement(By.name("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    new WebDriverWait(driver, pageLoad).until(d -> !d.getCurrentUrl().contains("/login"));
  }

  /**
   * Keeps the whole page (up to 4,000 pixels high) at {@code width} in {@code
   * target/screenshots/<name>.png}, after waiting {@code settle} for animations.
   */
  void screenshot(String name, int width, Duration settle) {
    long height =
        ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            width,
            "height",
            (int) Math.min(Math.max(height, 900), 4000),
            "deviceScaleFactor",
            1,
            "mobile",
            false));
    try {
      Thread.sleep(settle.toMillis());
      File file = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(
          file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  /** Returns the console's errors since last asked. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }
}
