package org.doudi.dashboard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.doudi.dashboard.cache.DataVersion;
import org.doudi.dashboard.security.DoudiUser;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.etl.fileload.FileLoadRequest;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.account.Role;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.load.LoadKind;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Starts the application over a warehouse of its own holding the campaign's sample files, loaded
 * through the real pipeline (registers, removal lists, payment ledgers, rectification ledgers and
 * their update) with the forms of truth.json, plus one account per role: what the leading group's
 * charts and pages are tested against. A context apart from {@link DashboardTestBase}, whose
 * fixture other tests count on.
 */
@SpringBootTest(
    classes = DoudiApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class CampaignSamplesTestBase {

  /** An unmasked ID number: never in a page, JSON or report. */
  public static final Pattern FULL_ID = Pattern.compile("\\d{17}[\\dXx]");

  private static final Path HOME;

  static {
    try {
      HOME = Files.createTempDirectory("doudi-campaign-test");
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
    registry.add("doudi.findings.recompute-cron", () -> "-");
  }

  @Autowired protected MockMvc mvc;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected AccountRepository accounts;
  @Autowired private PasswordEncoder passwords;
  @Autowired private DataVersion dataVersion;
  @Autowired private FileLoadLauncher loader;

  private static final PathMatchingResourcePatternResolver FILES =
      new PathMatchingResourcePatternResolver();

  @BeforeEach
  void freshAnswers() {
    dataVersion.next();
  }

  @BeforeEach
  void loadSamplesOnce() throws IOException {
    Integer forms = jdbc.queryForObject("SELECT count(*) FROM street_form", Integer.class);
    if (forms != null && forms > 0) {
      return;
    }
    String truth =
        new ClassPathResource("campaign-samples/truth.json")
            .getContentAsString(StandardCharsets.UTF_8);
    Map<String, Map<String, Number>> figures = JsonPath.read(truth, "$.street_report");
    figures.forEach(
        (key, values) -> {
          String[] periodStreet = key.split("\\|");
          List<Object> row = new ArrayList<>(List.of(periodStreet[0], periodStreet[1]));
          for (Metric metric : Metric.values()) {
            row.add(values.get(metric.key()));
          }
          jdbc.update(
              "INSERT INTO street_form (period, street_code, version, "
                  + Metric.columns()
                  + ") VALUES (?, ?, 1"
                  + ", ?".repeat(Metric.values().length)
                  + ")",
              row.toArray());
        });
    load("relatives", "registries/*近亲属备案登记表*");
    load("custody", "registries/*卡折代管登记表*");
    load("removals", "payments/*清退名单*");
    load("payments", "payments/*资金发放台账*");
    load("ledger", "ledgers/*");
    load("ledger", "ledgers-updated/*");
    account("leader1", Role.LEADER, null, "王局长");
    account("analyst1", Role.ANALYST, null, "李专班");
    account("clerk1", Role.STREET, "changshoulu", "周敏");
    account("clerk2", Role.STREET, "shiquanlu", "陈静");
  }

  private void load(String kind, String pattern) throws IOException {
    Resource[] found = FILES.getResources("classpath:campaign-samples/" + pattern);
    Arrays.sort(found, (a, b) -> a.getFilename().compareTo(b.getFilename()));
    List<FileLoadRequest.InputFile> files = new ArrayList<>();
    for (Resource f : found) {
      files.add(FileLoadRequest.InputFile.of(f.getFile().toPath()));
    }
    var outcomes = loader.run(LoadKind.of(kind), new FileLoadRequest(files, null, "test", null));
    if (outcomes.size() != files.size()
        || outcomes.stream().anyMatch(o -> o.status() != FileOutcome.Status.OK)) {
      throw new IllegalStateException(kind + " 未全部导入：" + outcomes);
    }
  }

  private void account(String name, Role role, String street, String displayName) {
    if (accounts.find(name).isEmpty()) {
      accounts.create(
          new Account(
              name,
              passwords.encode("Campaign2024x"),
              role,
              street,
              displayName,
              null,
              true,
              0,
              null));
    }
  }

  /** Returns a request as the named account. */
  protected RequestPostProcessor as(String username) {
    return user(new DoudiUser(accounts.find(username).orElseThrow(), false));
  }
}
