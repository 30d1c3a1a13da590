package org.doudi.warehouse.export;

/**
 * What the export wrote for one source.
 *
 * @param name the source, also its folder under the export, e.g. {@code street_form}
 * @param rows rows written
 * @param periods partitions written ({@code period=YYYY-MM} folders)
 * @param skippedBecause why the source was not written (its view is not in this warehouse), or null
 */
public record ExportedSource(String name, long rows, int periods, String skippedBecause) {}
