package org.doudi.etl.streetform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens a file as streets and the commission send it: a workbook (.xlsx, .xls) as its sheets, a CSV
 * file as one grid whose first row is the header. Shared by the form and discipline loaders.
 */
public final class FormFiles {

  private FormFiles() {}

  /**
   * Opened content.
   *
   * @param grids the sheets, or the one CSV grid
   * @param csv whether the file is a CSV file
   */
  public record Opened(List<Grid> grids, boolean csv) {}

  /** Opens a file; throws {@link FormRejectedException} when it can't be read at all. */
  public static Opened open(Path file, String fileName, long maxExpandedBytes) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String lower = fileName.toLowerCase(Locale.ROOT);
    boolean workbookName =
        lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm");
    if (workbookName || WorkbookGrids.looksLikeWorkbook(bytes)) {
      return new Opened(WorkbookGrids.read(file, fileName, maxExpandedBytes), false);
    }
    if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
      return new Opened(List.of(CsvGrids.read(bytes, fileName)), true);
    }
    throw new FormRejectedException(fileName + "：只能导入 .xlsx、.xls 或 .csv 文件");
  }
}
