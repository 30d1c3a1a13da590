package org.doudi.dashboard.sqlconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.doudi.dashboard.DoudiApplication;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.dashboard.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sql "SELECT …"} as CONTRACT.md says: CSV on stdout, refusals on stderr with exit 1. */
class SqlCommandTest {

  @TempDir Path folder;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    CliOutput output =
        new CliOutput(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]));
    return new CommandLine(DoudiApplication.class, DoudiApplication.LEAN_COMMANDS, output)
        .run(args);
  }

  @Test
  void queryPrintsCsvWithHeaderAndRefusalExitsOneWithChineseReason() {
    // given an empty warehouse (the street dictionary only)
    String db = folder.resolve("doudi.duckdb").toString();
    // when a query and then a hostile statement are run
    int ok =
        run(
            "sql",
            "SELECT code, name, count(*) OVER () FROM street WHERE kind = '镇' ORDER BY sort_order",
            "--db",
            db);
    String csv = out.toString(StandardCharsets.UTF_8);
    out.reset();
    int refused = run("sql", "COPY street TO '/tmp/doudi_cli_probe.csv'", "--db", db);
    // then the rows come as CSV with a header, and the refusal names COPY in Chinese
    assertThat(ok).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(csv)
        .isEqualTo(
            "code,name,count(*) OVER ()\nchangzhengzhen,长征镇,2\ntaopuzhen,桃浦镇,2\n"
                .replace("\n", System.lineSeparator()));
    assertThat(refused).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("查询被拒绝：自助查询只允许一条只读查询（SELECT 或 WITH），不允许 COPY 语句（导入或导出文件）。");
    assertThat(Path.of("/tmp/doudi_cli_probe.csv")).doesNotExist();
  }
}
