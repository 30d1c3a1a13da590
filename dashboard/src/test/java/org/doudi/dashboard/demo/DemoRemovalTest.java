package org.doudi.dashboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doudi.dashboard.DoudiApplication;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.dashboard.cli.CommandLine;
import org.doudi.warehouse.InstanceSettings;
import org.doudi.warehouse.account.AccountRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leaving the demo: a real form is refused while the demo data is there, {@code demo remove} takes
 * the demo rows out and keeps the accounts, the demo is not loaded again at the next start, and
 * then the real form loads.
 */
class DemoRemovalTest {

  @TempDir Path home;

  private static ConfigurableApplicationContext serve(Path warehouse) {
    return new SpringApplicationBuilder(DoudiApplication.class)
        .run(
            "--doudi.mode=server",
            "--doudi.demo=true",
            "--server.port=0",
            "--doudi.warehouse.path=" + warehouse,
            "--doudi.backup.cron=-");
  }

  private record Ran(int status, String err) {}

  private static Ran command(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliOutput output =
        new CliOutput(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]));
    int status =
        new CommandLine(DoudiApplication.class, DoudiApplication.LEAN_COMMANDS, output).run(args);
    return new Ran(status, err.toString(StandardCharsets.UTF_8));
  }

  /** The campaign's tables the demo fills through the campaign's writers. */
  private static final java.util.List<String> CAMPAIGN_TABLES =
      java.util.List.of(
          "relative_filing_record",
          "card_custody_record",
          "removal_record",
          "payment_record",
          "rectification_record",
          "rectification_event");

  private static long count(ConfigurableApplicationContext context, String sql) {
    return context.getBean(JdbcTemplate.class).queryForObject(sql, Long.class);
  }

  @Test
  void demoRemoveKeepsAccountsAndLetsRealFormsIn() throws Exception {
    Path warehouse = home.resolve("doudi.duckdb");
    Path form = home.resolve("2024-12-长寿路街道.xlsx");
    try (InputStream in = new ClassPathResource("streetform/2024-12-长寿路街道.xlsx").getInputStream()) {
      Files.copy(in, form);
    }
    // given an instance that loaded the demo and created its admin
    try (ConfigurableApplicationContext first = serve(warehouse)) {
      assertThat(first.getBean(InstanceSettings.class).demoData()).isTrue();
      assertThat(count(first, "SELECT count(*) FROM street_form")).isGreaterThan(200);
      for (String table : CAMPAIGN_TABLES) {
        assertThat(count(first, "SELECT count(*) FROM " + table)).as(table).isPositive();
      }
    }

    // when a real form is loaded into it without confirmation
    Ran refused = command("ingest", "street-form", form.toString(), "--db", warehouse.toString());
    // then it is refused with the way out
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.err()).contains("REJECTED 本实例目前存有演示数据").contains("demo remove");

    // when the demo is removed
    Ran removed = command("demo", "remove", "--db", warehouse.toString());
    // then the command says what went and what stayed
    assertThat(removed.status()).isZero();
    assertThat(removed.err())
        .containsPattern("OK 已清除演示数据：统计表 [\\d,]+ 份")
        .contains("账户、设置和发送计划均已保留");

    // and the next start finds no demo rows, no 演示数据 mark, the admin still there
    try (ConfigurableApplicationContext second = serve(warehouse)) {
      assertThat(second.getBean(InstanceSettings.class).demoData()).isFalse();
      assertThat(second.getBean(AccountRepository.class).find("admin")).isPresent();
      assertThat(count(second, "SELECT count(*) FROM street_form")).isZero();
      assertThat(count(second, "SELECT count(*) FROM petition_case")).isZero();
      assertThat(count(second, "SELECT count(*) FROM complaint_ledger_item")).isZero();
      for (String table : CAMPAIGN_TABLES) {
        assertThat(count(second, "SELECT count(*) FROM " + table)).as(table).isZero();
      }
      assertThat(count(second, "SELECT count(*) FROM load_log WHERE kind = 'demo'")).isZero();
      // no demo finding is left, and an emptied warehouse misses no forms yet
      assertThat(count(second, "SELECT count(*) FROM finding")).isZero();
      assertThat(count(second, "SELECT count(*) FROM audit_log WHERE action = 'demo_removed'"))
          .isEqualTo(1);
    }

    // when the real form is loaded now
    Ran loaded = command("ingest", "street-form", form.toString(), "--db", warehouse.toString());
    // then it goes in
    assertThat(loaded.status()).as(loaded.err()).isZero();
    assertThat(loaded.err()).contains("OK ");
  }
}
