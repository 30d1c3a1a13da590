package org.doudi.dashboard.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.doudi.dashboard.DoudiApplication;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.dashboard.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code findings} recomputes and prints the contract's columns as CSV, the summary on stderr. */
class FindingsCommandTest {

  @TempDir Path home;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    CliOutput output =
        new CliOutput(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]));
    return new CommandLine(DoudiApplication.class, DoudiApplication.LEAN_COMMANDS, output)
        .run(args);
  }

  @Test
  void printsTheFindingsOfAPeriodAsCsvWithTheContractColumns() throws Exception {
    // given
    String db = home.resolve("doudi.duckdb").toString();
    assertThat(run("findings", "--db", db)).isZero();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      Forms.december(connection);
    }

    // when
    int status = run("findings", "--db", db, "--period", "2024-12");

    // then
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "period,street_code,rule,metric,street_value,other_value,severity,message",
            "2024-12,changshoulu,discipline_mismatch,guanxi_removed,3,2,medium,"
                + "长寿路街道 2024年12月 清退“关系保”人数：街镇报送 3，纪委监委报送 2",
            "2024-12,wanli,resolved_exceeds_total,clues_resolved,2,1,high,"
                + "万里街道 2024年12月 线索已处置到位数 2，大于问题线索数 1");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("OK 已核查 统计期 2024-12：本次发现 2 条（新增 2 条")
        .contains("输出 2 条当前核查发现");
  }

  @Test
  void printsOnlyTheHeaderForAnEmptyWarehouse() {
    // when
    int status = run("findings", "--db", home.resolve("empty.duckdb").toString());

    // then
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "period,street_code,rule,metric,street_value,other_value,severity,message");
  }

  @Test
  void rejectsAPeriodThatIsNoMonthAsUsageError() {
    // when
    int status =
        run("findings", "--db", home.resolve("x.duckdb").toString(), "--period", "2024-13");

    // then
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--period “2024-13”不是统计期");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
