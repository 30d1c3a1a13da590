package org.doudi.etl.sheet;

import java.util.List;

/**
 * A sheet (or a CSV file) as rows of cells, merged regions already resolved: every cell of a merged
 * region carries the region's top-left value, so a label merged over several columns names each.
 *
 * @param fileName the file it came from
 * @param sheetName the sheet's name, or null for a CSV file
 * @param rows the rows, each as long as the widest row
 */
public record Grid(String fileName, String sheetName, List<List<SheetCell>> rows) {

  /** Returns the cell at a row and column, or an empty cell outside the grid. */
  public SheetCell cell(int row, int column) {
    if (row < 0 || row >= rows.size()) {
      return SheetCell.text("", "");
    }
    List<SheetCell> cells = rows.get(row);
    return column < 0 || column >= cells.size() ? SheetCell.text("", "") : cells.get(column);
  }

  /** Returns the number of columns. */
  public int width() {
    return rows.stream().mapToInt(List::size).max().orElse(0);
  }

  /** Returns whether a row has no content. */
  public boolean blankRow(int row) {
    return rows.get(row).stream().allMatch(SheetCell::blank);
  }

  /** Returns a message about a cell, naming file and cell: {@code 长风.xlsx Sheet1!K7：…}. */
  public String at(SheetCell cell, String message) {
    return fileName + " " + cell.ref() + "：" + message;
  }

  /** Returns a message about the sheet as a whole: {@code 长风.xlsx 工作表“Sheet1”：…}. */
  public String about(String message) {
    return sheetName == null
        ? fileName + "：" + message
        : fileName + " 工作表“" + sheetName + "”：" + message;
  }
}
