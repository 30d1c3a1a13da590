package org.doudi.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.doudi.dashboard.DoudiApplication;
import org.doudi.dashboard.petition.IngestPetitionsConfiguration;
import org.doudi.etl.fileload.LoadSource;
import org.doudi.warehouse.load.LoadKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

/**
 * {@code findings} and {@code ingest} start lean contexts (no web server, scheduler, reports or
 * mail; an ingest has only its own source) and still do all that the contract says: crash recovery
 * at start, findings recomputed after a load.
 */
class LeanCommandsTest {

  @TempDir Path home;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    err.reset();
    CliOutput output =
        new CliOutput(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]));
    return new CommandLine(DoudiApplication.class, DoudiApplication.LEAN_COMMANDS, output)
        .run(args);
  }

  private Path copy(String resource) throws Exception {
    try (InputStream in = LeanCommandsTest.class.getResourceAsStream("/streetform/" + resource)) {
      Path file = home.resolve(resource);
      Files.copy(in, file);
      return file;
    }
  }

  private static long count(String db, String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void everyIngestKindAndFindingsHaveALeanContext() {
    assertThat(DoudiApplication.LEAN_COMMANDS)
        .containsKeys("sql", "findings")
        .containsKeys(
            CommandSpec.ALL.stream()
                .map(CommandSpec::name)
                .filter(name -> name.startsWith("ingest "))
                .toArray(String[]::new));
  }

  @Test
  void theIngestContextHoldsOnlyItsOwnSourceAndNoSchedulerWebOrMail() {
    // given the context `ingest petitions` starts, as the command line starts it
    SpringApplication app = new SpringApplication(IngestPetitionsConfiguration.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setDefaultProperties(Map.of("spring.main.lazy-initialization", "true"));
    try (ConfigurableApplicationContext context =
        app.run(
            "--doudi.warehouse.path=" + home.resolve("doudi.duckdb"),
            "--doudi.mode=cli",
            "--spring.main.banner-mode=off")) {
      // then it loads petitions only, and has no scheduler, web server, mail or report warm-up
      assertThat(context.getBeansOfType(LoadSource.class).values())
          .extracting(LoadSource::kind)
          .containsExactly(LoadKind.PETITIONS);
      assertThat(context.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class)).isEmpty();
      assertThat(context.getBeanDefinitionNames())
          .noneMatch(name -> name.toLowerCase().contains("mail"))
          .noneMatch(name -> name.toLowerCase().contains("tomcat"))
          .noneMatch(name -> name.toLowerCase().contains("warmup"));
    }
  }

  @Test
  void anIngestRecoversADeadLoadFirstAndRecomputesTheFindingsAfter() throws Exception {
    // given a warehouse where a process died while loading: a running row, a staged file
    String db = home.resolve("doudi.duckdb").toString();
    assertThat(run("findings", "--db", db)).as(err.toString(StandardCharsets.UTF_8)).isZero();
    Path staged = home.resolve("inbox").resolve("petitions").resolve("abc").resolve("0000");
    Files.createDirectories(staged.getParent());
    Files.writeString(staged, "编号,反映人\nX1,张三\n");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO load_log (kind, file_name, loaded_by, status)"
              + " VALUES ('petitions', '信访台账.csv', 'cli:test', 'running')");
    }

    // when a form is loaded with the lean command
    int status = run("ingest", "street-form", copy("2024-12-长寿路街道.xlsx").toString(), "--db", db);

    // then the dead load is marked 中断 and its file gone, the form is in
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(count(db, "SELECT count(*) FROM load_log WHERE status = 'running'")).isZero();
    assertThat(
            count(
                db,
                "SELECT count(*) FROM load_log WHERE file_name = '信访台账.csv'"
                    + " AND status = 'failed' AND message LIKE '中断%'"))
        .isEqualTo(1);
    assertThat(staged).doesNotExist();
    assertThat(count(db, "SELECT count(*) FROM street_form WHERE period = '2024-12'")).isEqualTo(1);
    // and the findings of its period were recomputed by the load: the warehouse holds some, and
    // recomputing again adds none
    long findings = count(db, "SELECT count(*) FROM finding WHERE period = '2024-12'");
    assertThat(findings).isPositive();
    assertThat(run("findings", "--period", "2024-12", "--db", db)).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("本次发现 " + findings + " 条（新增 0 条");
  }
}
