package org.doudi.dashboard.findings;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.doudi.dashboard.cli.CliArguments;
import org.doudi.dashboard.cli.CliCommand;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.dashboard.cli.UsageException;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.findings.FindingsEngine;
import org.doudi.warehouse.findings.Recomputation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code findings [--period YYYY-MM]}: recomputes the findings (of that period, or all), then
 * prints the {@code finding} view as CSV with the contract's columns; the summary goes to stderr.
 */
@Component
class FindingsCommand implements CliCommand {

  /** The columns of the {@code finding} view that CONTRACT.md promises, in this order. */
  static final List<String> COLUMNS =
      List.of(
          "period",
          "street_code",
          "rule",
          "metric",
          "street_value",
          "other_value",
          "severity",
          "message");

  private final FindingsEngine engine;
  private final JdbcTemplate jdbc;

  FindingsCommand(FindingsEngine engine, JdbcTemplate jdbc) {
    this.engine = engine;
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return "findings";
  }

  @Override
  public int run(CliArguments arguments, CliOutput output) {
    Optional<Period> period =
        arguments
            .option("period")
            .map(
                text ->
                    Period.parse(text)
                        .orElseThrow(
                            () ->
                                new UsageException(
                                    "--period “" + text + "”不是统计期，应写作 YYYY-MM，如 2024-12")));
    Recomputation result =
        period.map(p -> engine.recompute(List.of(p))).orElseGet(engine::recomputeAll);
    PrintStream out = output.out();
    out.println(String.join(",", COLUMNS));
    List<Object> args = new ArrayList<>();
    String where = "";
    if (period.isPresent()) {
      where = " WHERE f.period = ?";
      args.add(period.get().toString());
    }
    int[] rows = {0};
    jdbc.query(
        "SELECT f."
            + String.join(", f.", COLUMNS)
            + " FROM finding f"
            + " LEFT JOIN street s ON s.code = f.street_code"
            + " LEFT JOIN metric m ON m.key = f.metric"
            + where
            + " ORDER BY f.period, s.sort_order NULLS FIRST, f.rule, m.ordinal NULLS FIRST",
        rs -> {
          Object[] fields = new Object[COLUMNS.size()];
          for (int i = 0; i < fields.length; i++) {
            fields[i] = rs.getObject(i + 1);
          }
          out.println(Csv.line(Arrays.asList(fields)));
          rows[0]++;
        },
        args.toArray());
    out.flush();
    output
        .err()
        .printf(
            "OK 已核查 %s：本次发现 %d 条（新增 %d 条，自动关闭 %d 条，重新出现 %d 条），用时 %.1f 秒；输出 %d 条当前核查发现%n",
            period.map(p -> "统计期 " + p).orElse(result.periods().size() + " 个统计期"),
            result.found(),
            result.added(),
            result.closed(),
            result.foundAgain(),
            result.millis() / 1000.0,
            rows[0]);
    if (!result.skippedRules().isEmpty()) {
      output.err().println("提示：以下核查规则所需的数据尚未建立，本次跳过：" + String.join("、", result.skippedRules()));
    }
    return OK;
  }
}
