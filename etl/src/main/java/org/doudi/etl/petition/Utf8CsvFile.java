package org.doudi.etl.petition;

import java.nio.file.Path;
import java.util.List;

/**
 * A petition export rewritten as UTF-8 CSV in the inbox for DuckDB's {@code read_csv}, its first
 * column the line (or sheet row) number of each record in the user's file.
 *
 * @param path the rewritten file, inside the inbox
 * @param delimiter the field delimiter
 * @param columns the user's columns in order, null where a column is not one doudi reads
 * @param rows the data rows written
 * @param encoding how the source was read: UTF-8, GBK, UTF-16LE… or xlsx
 */
record Utf8CsvFile(
    Path path, char delimiter, List<PetitionColumn> columns, long rows, String encoding) {}
