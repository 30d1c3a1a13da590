package org.doudi.warehouse.gateway;

/**
 * A column of a query's result.
 *
 * @param name the column's name as the query gave it
 * @param type the SQL type name as Calcite validated it, e.g. {@code VARCHAR}, {@code DECIMAL}
 * @param jdbcType the {@link java.sql.Types} code of that type
 */
public record ResultColumn(String name, String type, int jdbcType) {}
