package org.doudi.dashboard.streetform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.doudi.dashboard.DoudiApplication;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.dashboard.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandsTests {

  @TempDir Path dir;

  private Path copy(String name) throws Exception {
    try (InputStream in = IngestCommandsTests.class.getResourceAsStream("/streetform/" + name)) {
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }

  private record Run(int status, List<String> lines) {}

  private Run run(String... args) {
    return runWithInput("", args);
  }

  private Run runWithInput(String input, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliOutput output =
        new CliOutput(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    int status =
        new CommandLine(DoudiApplication.class, DoudiApplication.LEAN_COMMANDS, output).run(args);
    return new Run(status, err.toString(StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void ingestStreetFormPrintsOneStatusLinePerFileAndExitsOneWhenAnyIsRejected() throws Exception {
    // given
    String db = dir.resolve("doudi.duckdb").toString();
    Path good = copy("2024-12-长寿路街道.xlsx");
    Path bad = copy("words.xlsx");
    // when
    Run first =
        run(
            "ingest",
            "street-form",
            good.toString(),
            bad.toString(),
            "--period",
            "2024-12",
            "--db",
            db);
    Run again = run("ingest", "street-form", good.toString(), "--db", db);
    // then
    assertThat(first.status()).isEqualTo(1);
    assertThat(first.lines())
        .containsExactly(
            "OK 2024-12-长寿路街道.xlsx：长寿路街道 2024年12月 统计表已导入（第1版）",
            "REJECTED words.xlsx: words.xlsx Sheet1!D6：“约3人”不是整数（该格是“清退“关系保”人数(人)”，请只填一个阿拉伯数字，如 12；没有填 0）");
    assertThat(again.status()).isZero();
    assertThat(again.lines())
        .singleElement()
        .asString()
        .startsWith("SKIPPED 2024-12-长寿路街道.xlsx: 已导入");
  }

  @Test
  void aBadPeriodIsAUsageError() {
    Run run =
        run(
            "ingest",
            "discipline",
            "x.csv",
            "--period",
            "十二月",
            "--db",
            dir.resolve("d.duckdb").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.lines().get(0)).startsWith("用法错误：--period 应写作 YYYY-MM");
  }

  @Test
  void aStreetAccountNamedWithUserMayLoadOnlyItsOwnStreet() throws Exception {
    // given a street account of 长寿路
    String db = dir.resolve("doudi.duckdb").toString();
    Run added =
        runWithInput(
            "Changshou2024x\n",
            "user",
            "add",
            "csclerk",
            "--role",
            "street",
            "--street",
            "changshoulu",
            "--db",
            db);
    assertThat(added.status()).isZero();
    // when it loads another street's form
    Run run =
        run(
            "ingest",
            "street-form",
            copy("2024-12-万里街道.xlsx").toString(),
            "--user",
            "csclerk",
            "--db",
            db);
    // then
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.lines()).singleElement().asString().endsWith("表中街镇为“万里街道”，本账户只能报送“长寿路街道”的统计表");
  }
}
