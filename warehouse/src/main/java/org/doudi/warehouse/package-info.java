/**
 * The DuckDB warehouse: opening the one file an instance lives in, locking it down, and the schema
 * of {@code sql/} that every other module reads and writes through.
 */
package org.doudi.warehouse;
