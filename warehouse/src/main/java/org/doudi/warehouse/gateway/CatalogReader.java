package org.doudi.warehouse.gateway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.schema.Table;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the console's schema browser: each analysis view, its columns, types and descriptions. */
final class CatalogReader {

  private CatalogReader() {}

  /** Returns the views analysts may query, their columns and Chinese descriptions. */
  static AnalysisCatalog read(AnalysisSchema schema, JdbcTemplate jdbc) {
    Map<String, String> viewDescriptions = new HashMap<>();
    jdbc.query(
        "SELECT view_name, description FROM analysis_view",
        rs -> {
          viewDescriptions.put(rs.getString(1), rs.getString(2));
        });
    Map<String, String> columnDescriptions = new HashMap<>();
    jdbc.query(
        "SELECT view_name || '.' || column_name, description FROM analysis_column",
        rs -> {
          columnDescriptions.put(rs.getString(1), rs.getString(2));
        });
    Map<String, String> metricLabels = new HashMap<>();
    jdbc.query(
        "SELECT key, item_label || coalesce(unit_label, '') || '（' || group_label || '）' FROM metric",
        rs -> {
          metricLabels.put(rs.getString(1), rs.getString(2));
        });
    RelDataTypeFactory types = new JavaTypeFactoryImpl();
    List<AnalysisCatalog.View> views = new ArrayList<>();
    for (String name : schema.names()) {
      Table table = schema.getTable(name);
      List<AnalysisCatalog.Column> columns = new ArrayList<>();
      for (RelDataTypeField field : table.getRowType(types).getFieldList()) {
        String description =
            columnDescriptions.getOrDefault(
                name + "." + field.getName(), metricLabels.getOrDefault(field.getName(), ""));
        columns.add(
            new AnalysisCatalog.Column(
                field.getName(),
                typeLabel(field.getType()),
                field.getType().getSqlTypeName().getJdbcOrdinal(),
                field.getType().isNullable(),
                description));
      }
      views.add(
          new AnalysisCatalog.View(
              name, viewDescriptions.getOrDefault(name, ""), List.copyOf(columns)));
    }
    return new AnalysisCatalog(List.copyOf(views));
  }

  /** Returns a column's type as analysts read it: {@code VARCHAR}, {@code DECIMAL(14, 2)}. */
  private static String typeLabel(org.apache.calcite.rel.type.RelDataType type) {
    String name = type.getSqlTypeName().getName();
    if (type.getSqlTypeName() == org.apache.calcite.sql.type.SqlTypeName.DECIMAL) {
      return name + "(" + type.getPrecision() + ", " + type.getScale() + ")";
    }
    if (type.getSqlTypeName() == org.apache.calcite.sql.type.SqlTypeName.ANY) {
      return "TIMESTAMPTZ";
    }
    return name;
  }
}
