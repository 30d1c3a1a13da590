/**
 * Exports the warehouse's facts as Parquet files partitioned by source and period, for engines that
 * read many districts at once (DuckDB, Trino, Spark); personal columns leave only masked or hashed.
 */
package org.doudi.warehouse.export;
