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

class IngestCampaignCommandsTests {

  @TempDir Path dir;

  private Path copy(String name) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/campaign/" + name)) {
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }

  private record Run(int status, List<String> lines) {}

  private Run run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliOutput output =
        new CliOutput(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]));
    int status =
        new CommandLine(DoudiApplication.class, DoudiApplication.LEAN_COMMANDS, output).run(args);
    return new Run(status, err.toString(StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void ingestRegistersPrintsTheFormsStatusLinesAndExitsOneWhenAFileIsRejected() throws Exception {
    // given a good register of each kind and a custody register with a bad date
    String db = dir.resolve("doudi.duckdb").toString();
    Path relatives = copy("万里街道近亲属备案登记表.csv");
    Path custody = copy("桃浦镇卡折代管登记表.csv");
    Path bad = copy("桃浦镇卡折代管登记表-日期.xlsx");
    // when
    Run filings = run("ingest", "relatives", relatives.toString(), "--db", db);
    Run cases = run("ingest", "custody", custody.toString(), bad.toString(), "--db", db);
    Run again = run("ingest", "relatives", relatives.toString(), "--db", db);
    // then
    assertThat(filings.status()).isZero();
    assertThat(filings.lines()).containsExactly("OK 万里街道近亲属备案登记表.csv：近亲属备案登记表已导入：新增 12 条，更新 0 条");
    assertThat(cases.status()).isEqualTo(1);
    assertThat(cases.lines()).hasSize(2);
    assertThat(cases.lines().get(0)).isEqualTo("OK 桃浦镇卡折代管登记表.csv：卡折代管登记表已导入：新增 8 条，更新 0 条");
    assertThat(cases.lines().get(1))
        .startsWith("REJECTED 桃浦镇卡折代管登记表-日期.xlsx: 桃浦镇卡折代管登记表-日期.xlsx ")
        .contains("!N3：");
    assertThat(again.status()).isZero();
    assertThat(again.lines())
        .singleElement()
        .asString()
        .startsWith("SKIPPED 万里街道近亲属备案登记表.csv: 已导入");
  }
}
