package org.doudi.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.doudi.dashboard.DoudiApplication;
import org.junit.jupiter.api.Test;

/** The dispatcher's own answers, which need no warehouse: help and usage errors. */
class CommandLineTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    CliOutput output =
        new CliOutput(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]));
    return new CommandLine(DoudiApplication.class, output).run(args);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsEveryCommandAndExitsZero() {
    // when
    int status = run("--help");

    // then
    assertThat(status).isZero();
    for (CommandSpec spec : CommandSpec.ALL) {
      assertThat(err()).contains(spec.name());
    }
    assertThat(err()).contains("user add", "backup", "退出码");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertThat(run("frobnicate")).isEqualTo(CliCommand.USAGE);
    assertThat(err()).contains("未知命令：frobnicate");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(run("backup", "--out", "x", "--colour", "red")).isEqualTo(CliCommand.USAGE);
    assertThat(err()).contains("没有选项 --colour", "用法：java -jar doudi.jar backup --out DIR");
  }

  @Test
  void userAddWithoutANameIsAUsageError() {
    assertThat(run("user", "add", "--role", "admin")).isEqualTo(CliCommand.USAGE);
    assertThat(err()).contains("用法错误");
  }

  @Test
  void logsGoToTheLogsFolderBesideTheWarehouse() {
    assertThat(CommandLine.logFile(java.util.List.of("--doudi.warehouse.path=/srv/doudi/w.duckdb")))
        .isEqualTo("/srv/doudi/logs/doudi.log");
    assertThat(CommandLine.logFile(java.util.List.of()))
        .isEqualTo(java.nio.file.Path.of("data/logs/doudi.log").toAbsolutePath().toString());
  }
}
