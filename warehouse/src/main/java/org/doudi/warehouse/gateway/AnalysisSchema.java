package org.doudi.warehouse.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.calcite.adapter.jdbc.JdbcConvention;
import org.apache.calcite.adapter.jdbc.JdbcSchema;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * The only schema the gateway's validator sees: the analysis views, each a table of Calcite's JDBC
 * adapter over DuckDB, and nothing else. Raw tables (petition_case with its sealed personal data,
 * app_user, audit_log...), DuckDB's catalog and other schemas do not resolve, because they are not
 * in this map.
 */
final class AnalysisSchema extends AbstractSchema {

  /** The views and dictionaries analysts may query, in the order the console lists them. */
  static final List<String> ALLOWED =
      List.of(
          "street_report",
          "discipline_report",
          "petition",
          "finding",
          "district_month",
          "complaint_ledger",
          "relative_filing",
          "card_custody",
          "removal",
          "payment",
          "rectification_item",
          "metric",
          "street",
          "analysis_view",
          "analysis_column");

  private final Map<String, Table> tables;

  private AnalysisSchema(Map<String, Table> tables) {
    this.tables = tables;
  }

  /**
   * Reads the allowed views of the warehouse's main schema; a view that does not exist is left out.
   */
  static AnalysisSchema over(DataSource dataSource) {
    JdbcConvention convention =
        JdbcConvention.of(GatewayDialect.INSTANCE, Expressions.constant(null), "duckdb");
    JdbcSchema warehouse =
        new JdbcSchema(dataSource, GatewayDialect.INSTANCE, convention, null, "main");
    Map<String, Table> allowed = new LinkedHashMap<>();
    for (String name : ALLOWED) {
      Table table = warehouse.tables().get(name);
      if (table != null) {
        allowed.put(name, table);
      }
    }
    return new AnalysisSchema(Map.copyOf(allowed));
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return tables;
  }

  /** Returns the names that resolve, in the console's order. */
  List<String> names() {
    return ALLOWED.stream().filter(tables::containsKey).toList();
  }
}
