package org.doudi.warehouse.gateway;

import java.util.List;

/**
 * The rows of one gateway query.
 *
 * @param columns the result's columns
 * @param rows the values, one array per row, as the JDBC driver gave them
 * @param capped true when the row cap cut the result: there were more rows than {@code rows}
 * @param maxRows the row cap in force
 * @param elapsedMillis planning and execution time
 * @param executedSql the SQL Calcite generated and DuckDB ran (never the person's own text)
 */
public record QueryResult(
    List<ResultColumn> columns,
    List<Object[]> rows,
    boolean capped,
    int maxRows,
    long elapsedMillis,
    String executedSql) {

  /** Returns the Chinese note shown under a capped result, or empty text when it is complete. */
  public String capNote() {
    return capped ? "结果超过 " + maxRows + " 行，只返回前 " + maxRows + " 行（行数上限由系统管理员设置）。" : "";
  }
}
