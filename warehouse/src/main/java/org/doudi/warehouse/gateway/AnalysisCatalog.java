package org.doudi.warehouse.gateway;

import java.util.List;

/**
 * What the gateway lets analysts query, for the console's schema browser and completion and for
 * JDBC clients' metadata.
 *
 * @param views the analysis views in the order the console lists them
 */
public record AnalysisCatalog(List<View> views) {

  /**
   * An analysis view.
   *
   * @param name the name to write in SQL
   * @param description what one row is, in Chinese
   * @param columns its columns
   */
  public record View(String name, String description, List<Column> columns) {}

  /**
   * A column of an analysis view.
   *
   * @param name the name to write in SQL
   * @param type the SQL type, e.g. {@code VARCHAR}, {@code DECIMAL(14, 2)}
   * @param jdbcType the {@link java.sql.Types} code
   * @param nullable whether it may be null
   * @param description what it holds, in Chinese; empty when undescribed
   */
  public record Column(
      String name, String type, int jdbcType, boolean nullable, String description) {}
}
