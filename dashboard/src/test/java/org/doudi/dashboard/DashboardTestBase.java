package org.doudi.dashboard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doudi.dashboard.cache.DataVersion;
import org.doudi.dashboard.security.DoudiUser;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.account.Role;
import org.doudi.warehouse.load.PetitionMonths;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Starts the application once on a random port over a warehouse in a temporary folder, loads the
 * dashboard fixture (fixtures/dashboard.sql) and creates one account per role. Every dashboard test
 * shares this context.
 */
@SpringBootTest(
    classes = DoudiApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class DashboardTestBase {

  /** The password of every test account. */
  public static final String PASSWORD = "Dashboard2024x";

  private static final Path HOME;

  static {
    try {
      HOME = Files.createTempDirectory("doudi-dashboard-test");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> HOME.resolve("doudi.duckdb").toString());
    registry.add("doudi.demo", () -> "false");
    registry.add("doudi.mode", () -> "server");
    registry.add("doudi.backup.cron", () -> "-");
  }

  @Autowired protected MockMvc mvc;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected AccountRepository accounts;
  @Autowired protected PasswordEncoder passwords;
  @Autowired private DataVersion dataVersion;

  /**
   * Starts every test on fresh answers, as after a load: tests change the fixture with plain SQL,
   * which the answer cache does not see.
   */
  @BeforeEach
  void freshAnswers() {
    dataVersion.next();
  }

  @BeforeEach
  void loadFixtureOnce() throws IOException {
    Integer forms = jdbc.queryForObject("SELECT count(*) FROM street_form", Integer.class);
    if (forms != null && forms > 0) {
      return;
    }
    String sql =
        new ClassPathResource("fixtures/dashboard.sql").getContentAsString(StandardCharsets.UTF_8);
    for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
      if (!statement.isBlank()) {
        jdbc.execute(statement);
      }
    }
    PetitionMonths.rebuild(jdbc);
    account("leader1", Role.LEADER, null, "王局长");
    account("analyst1", Role.ANALYST, null, "李专班");
    account("admin1", Role.ADMIN, null, "系统管理员");
    account("clerk1", Role.STREET, "changshoulu", "周敏");
    account("clerk2", Role.STREET, "caoyangxincun", "陈静");
  }

  private void account(String name, Role role, String street, String displayName) {
    if (accounts.find(name).isEmpty()) {
      accounts.create(
          new Account(
              name, passwords.encode(PASSWORD), role, street, displayName, null, true, 0, null));
    }
  }

  /** Returns a request as the named fixture account. */
  protected RequestPostProcessor as(String username) {
    return user(new DoudiUser(accounts.find(username).orElseThrow(), false));
  }
}
