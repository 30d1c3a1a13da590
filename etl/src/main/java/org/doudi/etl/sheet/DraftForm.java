package org.doudi.etl.sheet;

import java.math.BigDecimal;
import java.util.Map;
import org.doudi.warehouse.dictionary.Metric;

/**
 * A form as found in a sheet or a table row, before the street and the period are resolved.
 *
 * @param grid the sheet or file it came from, for messages
 * @param fields the header fields found, each as the cell holding its value
 * @param figures the 15 figures read
 * @param remarks the 备注 row's text, or null
 * @param origin where in the file the form is (a sheet name, a line), or null for the only one
 */
public record DraftForm(
    Grid grid,
    Map<Headers.Field, SheetCell> fields,
    Map<Metric, BigDecimal> figures,
    String remarks,
    String origin) {

  /** Returns the table's place as a message prefix ({@code 第3行：}), empty for a file's only one. */
  public String where() {
    return origin == null ? "" : origin + "：";
  }
}
