package org.doudi.dashboard.sqlconsole;

import java.io.PrintStream;
import org.doudi.dashboard.cli.CliArguments;
import org.doudi.dashboard.cli.CliCommand;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.dashboard.web.SpreadsheetText;
import org.doudi.warehouse.gateway.Channel;
import org.doudi.warehouse.gateway.QueryRefusedException;
import org.doudi.warehouse.gateway.QueryResult;
import org.doudi.warehouse.gateway.SqlGateway;
import org.springframework.stereotype.Component;

/**
 * {@code sql "SELECT …"}: one read-only query through the gateway; the rows as CSV with a header on
 * stdout, the refusal in Chinese on stderr with exit status 1.
 */
@Component
class SqlCommand implements CliCommand {

  private final SqlGateway gateway;

  SqlCommand(SqlGateway gateway) {
    this.gateway = gateway;
  }

  @Override
  public String name() {
    return "sql";
  }

  @Override
  public int run(CliArguments arguments, CliOutput output) {
    String sql = arguments.positional().get(0);
    QueryResult result;
    try {
      result = gateway.query(CliArguments.actor(), Channel.CLI, sql);
    } catch (QueryRefusedException e) {
      output.err().println("查询被拒绝：" + e.getMessage());
      return REJECTED;
    }
    write(result, output.out());
    output.err().println("OK " + result.rows().size() + " 行，耗时 " + result.elapsedMillis() + " 毫秒");
    if (result.capped()) {
      output.err().println(result.capNote());
    }
    return OK;
  }

  /** Writes the rows as CSV: a header of column names, values as text, scripts read them as is. */
  static void write(QueryResult result, PrintStream out) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < result.columns().size(); i++) {
      line.append(i == 0 ? "" : ",")
          .append(SpreadsheetText.csvField(result.columns().get(i).name()));
    }
    out.println(line);
    for (Object[] row : result.rows()) {
      line.setLength(0);
      for (int i = 0; i < row.length; i++) {
        line.append(i == 0 ? "" : ",").append(SpreadsheetText.csvField(Cells.text(row[i])));
      }
      out.println(line);
    }
    out.flush();
  }
}
