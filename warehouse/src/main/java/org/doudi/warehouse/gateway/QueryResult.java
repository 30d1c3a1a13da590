package org.doudi.warehouse.gateway;

import java.util.List;

/**
 * The rows of one gateway query.
 *
 * @param columns the result's columns
 * @param rows the values, one array per row, as the JDBC driver gave them
 * @param capped true when a cap cut the result: there were more rows than {@code rows}
 * @param maxRows the row cap in force
 * @param elapsedMillis planning and execution time
 * @param executedSql the SQL Calcite generated and DuckDB ran (never the person's own text)
 * @param maxBytes the byte cap in force, when it (not the row cap) cut the result; else 0
 */
public record QueryResult(
    List<ResultColumn> columns,
    List<Object[]> rows,
    boolean capped,
    int maxRows,
    long elapsedMillis,
    String executedSql,
    long maxBytes) {

  /** A result that the byte cap did not cut. */
  public QueryResult(
      List<ResultColumn> columns,
      List<Object[]> rows,
      boolean capped,
      int maxRows,
      long elapsedMillis,
      String executedSql) {
    this(columns, rows, capped, maxRows, elapsedMillis, executedSql, 0);
  }

  /** Returns the Chinese note shown under a capped result, or empty text when it is complete. */
  public String capNote() {
    if (!capped) {
      return "";
    }
    if (maxBytes > 0) {
      return "结果过大（超过 "
          + Math.max(1, maxBytes / (1024 * 1024))
          + " MB），只返回前 "
          + String.format("%,d", rows.size())
          + " 行：请减少列、去掉长文本列或增加筛选条件。";
    }
    String cap = String.format("%,d", maxRows);
    return "结果超过 " + cap + " 行，只返回前 " + cap + " 行：请增加筛选条件，或用汇总查询。";
  }
}
