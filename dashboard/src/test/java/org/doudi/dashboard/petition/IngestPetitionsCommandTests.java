package org.doudi.dashboard.petition;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestPetitionsCommandTests {

  @TempDir Path dir;

  private int run(ByteArrayOutputStream err, String... args) {
    CliOutput output =
        new CliOutput(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]));
    return new CommandLine(DoudiApplication.class, DoudiApplication.LEAN_COMMANDS, output)
        .run(args);
  }

  @Test
  void loadsAFileThenSkipsTheSameBytesAndRejectsABadFileNamingTheLine() throws Exception {
    // given
    Path file = dir.resolve("信访台账-3-更新.csv");
    try (InputStream in = getClass().getResourceAsStream("/samples/petitions/信访台账-3-更新.csv")) {
      Files.copy(in, file);
    }
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "编号,受理日期,渠道,是否实名,诉求类型,所属街镇,办理状态\nXF1,2024-02-30,来电,否,其他,长寿路,办理中\n");
    String db = "--db=" + dir.resolve("doudi.duckdb");
    String secret = "--doudi.personal-data.hash-secret=cli-test-secret-0123456789abcdef";
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // when
    int first = run(err, "ingest", "petitions", file.toString(), db, secret);
    int again = run(err, "ingest", "petitions", file.toString(), db, secret);
    int rejected = run(err, "ingest", "petitions", bad.toString(), db, secret);
    // then
    String lines = err.toString(StandardCharsets.UTF_8);
    assertThat(first).as(lines).isZero();
    assertThat(again).isZero();
    assertThat(rejected).isEqualTo(1);
    assertThat(lines)
        .contains("OK " + file + " 新增 50，更新 0，拒收 0 行")
        .contains("SKIPPED " + file + ": 已导入")
        .contains("REJECTED " + bad + ": 第 2 行：受理日期“2024-02-30”无法识别");
  }
}
