package org.doudi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.doudi.dashboard.cli.CliCommand;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.dashboard.cli.CommandLine;
import org.doudi.warehouse.InstanceSettings;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An instance's life on one warehouse file: the first start prints the admin password and loads the
 * demo, the second does neither, commands add accounts and back up, and a server started on the
 * backup finds everything.
 */
@ExtendWith(OutputCaptureExtension.class)
class InstanceLifecycleTest {

  @TempDir Path home;
  @TempDir Path backups;

  private static ConfigurableApplicationContext serve(Path warehouse) {
    // arguments, not builder properties: those are defaults that application.yml overrides
    return new SpringApplicationBuilder(DoudiApplication.class)
        .run(
            "--doudi.mode=server",
            "--doudi.demo=true",
            "--server.port=0",
            "--doudi.warehouse.path=" + warehouse,
            "--doudi.backup.cron=-");
  }

  private record Ran(int status, String err) {}

  private static Ran command(String stdin, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliOutput output =
        new CliOutput(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    int status = new CommandLine(DoudiApplication.class, output).run(args);
    return new Ran(status, err.toString(StandardCharsets.UTF_8));
  }

  private static long count(ConfigurableApplicationContext context, String sql) {
    return context.getBean(JdbcTemplate.class).queryForObject(sql, Long.class);
  }

  @Test
  void firstStartPrintsThePasswordOnceLoadsTheDemoOnceAndABackupRestores(CapturedOutput output)
      throws Exception {
    Path warehouse = home.resolve("doudi.duckdb");

    // given: the first start
    long cases;
    try (ConfigurableApplicationContext first = serve(warehouse)) {
      assertThat(output.getOut())
          .containsPattern("(?m)^.*admin.*password.*: [A-Za-z0-9]{16} ====$");
      assertThat(first.getBean(InstanceSettings.class).demoData()).isTrue();
      cases = count(first, "SELECT count(*) FROM petition");
      assertThat(cases).isGreaterThan(20_000);
      assertThat(count(first, "SELECT count(*) FROM street_report")).isGreaterThan(200);
      assertThat(count(first, "SELECT count(*) FROM discipline_report")).isGreaterThan(200);
      // the demo spans the 24 months before today; the latest has no form until its streets
      // file, which in the first days of a month they have not yet done
      assertThat(count(first, "SELECT count(*) FROM district_month"))
          .isBetween(23L, 24L)
          .isEqualTo(count(first, "SELECT count(DISTINCT period) FROM street_report"));
    }
    int printed = output.getOut().length();

    // when: a second start
    try (ConfigurableApplicationContext second = serve(warehouse)) {
      // then
      assertThat(output.getOut().substring(printed)).doesNotContain("password");
      assertThat(count(second, "SELECT count(*) FROM load_log WHERE kind = 'demo'")).isEqualTo(1);
      assertThat(count(second, "SELECT count(*) FROM petition")).isEqualTo(cases);
    }

    // when: commands add an account, refuse a weak password, and back up
    Ran added =
        command(
            "Wanli2024Tongji\n",
            "user",
            "add",
            "clerk",
            "--role",
            "street",
            "--street",
            "wanli",
            "--db",
            warehouse.toString());
    Ran weak =
        command(
            "short1\n",
            "user",
            "add",
            "weakling",
            "--role",
            "analyst",
            "--db",
            warehouse.toString());
    Ran noRole = command("Whatever2024x\n", "user", "add", "norole", "--db", warehouse.toString());
    Ran backedUp = command("", "backup", "--out", backups.toString(), "--db", warehouse.toString());

    // then
    assertThat(added.status()).as(added.err()).isEqualTo(CliCommand.OK);
    assertThat(added.err()).contains("OK 已创建账户 clerk（街镇）");
    assertThat(weak.status()).isEqualTo(CliCommand.REJECTED);
    assertThat(weak.err()).contains("REJECTED weakling：密码至少需要 10 个字符");
    assertThat(noRole.status()).isEqualTo(CliCommand.USAGE);
    assertThat(noRole.err()).contains("缺少 --role");
    assertThat(backedUp.status()).as(backedUp.err()).isEqualTo(CliCommand.OK);
    assertThat(backedUp.err()).contains("OK 备份已写入");
    List<Path> copies;
    try (Stream<Path> files = Files.list(backups)) {
      copies = files.toList();
    }
    assertThat(copies).singleElement().satisfies(p -> assertThat(p.toString()).endsWith(".duckdb"));
    printed = output.getOut().length();

    // when: the server starts on the backup
    try (ConfigurableApplicationContext restored = serve(copies.get(0))) {
      // then
      assertThat(output.getOut().substring(printed)).doesNotContain("password");
      AccountRepository accounts = restored.getBean(AccountRepository.class);
      assertThat(accounts.find("admin"))
          .hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.ADMIN));
      assertThat(accounts.find("clerk"))
          .hasValueSatisfying(a -> assertThat(a.streetCode()).isEqualTo("wanli"));
      assertThat(accounts.find("weakling")).isEmpty();
      assertThat(count(restored, "SELECT count(*) FROM petition")).isEqualTo(cases);
      assertThat(count(restored, "SELECT count(*) FROM load_log WHERE kind = 'demo'")).isEqualTo(1);
      assertThat(
              count(
                  restored,
                  "SELECT count(*) FROM audit_log WHERE action = 'user_created' AND target = 'clerk'"))
          .isEqualTo(1);
      long next =
          count(
              restored,
              "INSERT INTO load_log (kind, file_name, loaded_by, status)"
                  + " VALUES ('street_form', 'after-restore.xlsx', 'admin', 'loaded') RETURNING id");
      assertThat(next).as("a fresh id, never the demo load's").isGreaterThan(1);
    }
  }
}
