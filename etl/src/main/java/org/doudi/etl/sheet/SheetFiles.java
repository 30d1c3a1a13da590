package org.doudi.etl.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens a file as streets and the commission send it: a workbook (.xlsx, .xls) as its sheets, a CSV
 * file as one grid whose first row is the header. Shared by every loader of sheets.
 */
public final class SheetFiles {

  private SheetFiles() {}

  /**
   * Opened content.
   *
   * @param grids the sheets, or the one CSV grid
   * @param csv whether the file is a CSV file
   */
  public record Opened(List<Grid> grids, boolean csv) {}

  /**
   * Opens a file, reading a workbook through POI and a CSV file whole; throws {@link
   * SheetRejectedException} when it can't be read at all.
   */
  public static Opened open(Path file, String fileName, long maxExpandedBytes) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    boolean workbookName =
        lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm");
    try {
      if (workbookName || WorkbookGrids.looksLikeWorkbook(head(file))) {
        return new Opened(WorkbookGrids.read(file, fileName, maxExpandedBytes), false);
      }
      if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
        return new Opened(List.of(CsvGrids.read(Files.readAllBytes(file), fileName)), true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new SheetRejectedException(fileName + "：只能导入 .xlsx、.xls 或 .csv 文件");
  }

  private static byte[] head(Path file) throws IOException {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(8);
    }
  }
}
