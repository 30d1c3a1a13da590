package org.doudi.dashboard.charts;

import java.util.List;

/**
 * The one warehouse query behind a chart, kept apart so that the benchmark can run the very same
 * SQL straight on DuckDB.
 *
 * @param sql the statement
 * @param args its parameters in order
 */
public record ChartQuery(String sql, List<Object> args) {

  /** Returns the parameters as an array for {@code JdbcTemplate}. */
  public Object[] argArray() {
    return args.toArray();
  }
}
