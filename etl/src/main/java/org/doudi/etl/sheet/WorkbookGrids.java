package org.doudi.etl.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Opens an .xlsx or .xls workbook read-only through POI, with POI's zip-bomb and entity-expansion
 * protections on and a cap on how large an .xlsx may grow when unpacked, and turns each sheet into
 * a {@link Grid}: merged regions resolved to their top-left value, formulas as their cached value.
 */
public final class WorkbookGrids {

  /** Rows and columns read per sheet: a statistics form is small; the rest is never looked at. */
  static final int MAX_ROWS = 2000;

  static final int MAX_COLUMNS = 200;

  private WorkbookGrids() {}

  /** Returns whether the bytes start like a workbook (zip for .xlsx, OLE2 for .xls). */
  public static boolean looksLikeWorkbook(byte[] head) {
    boolean zip = head.length >= 2 && head[0] == 'P' && head[1] == 'K';
    boolean ole2 = head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF;
    return zip || ole2;
  }

  /**
   * Reads every sheet of a workbook; throws {@link SheetRejectedException} naming the file when it
   * is not a workbook, is protected by a password, or unpacks beyond {@code maxExpandedBytes}.
   */
  public static List<Grid> read(Path file, String fileName, long maxExpandedBytes) {
    checkExpandedSize(file, fileName, maxExpandedBytes);
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      List<Grid> grids = new ArrayList<>();
      for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
        if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
          continue;
        }
        grids.add(grid(workbook.getSheetAt(s), fileName));
      }
      return grids;
    } catch (EncryptedDocumentException e) {
      throw new SheetRejectedException(fileName + "：文件设置了密码，请去掉密码后再上传");
    } catch (IOException | RuntimeException e) {
      if (e instanceof SheetRejectedException rejected) {
        throw rejected;
      }
      String detail = String.valueOf(e.getMessage());
      if (detail.contains("Zip bomb")) {
        throw new SheetRejectedException(fileName + "：文件压缩比异常（疑似“压缩炸弹”），已拒收");
      }
      throw new SheetRejectedException(
          fileName + "：无法作为 Excel 工作簿打开，文件可能已损坏或不是 .xlsx/.xls 格式；请用 Excel 或 WPS 打开后重新保存");
    }
  }

  /**
   * Inflates an .xlsx's entries once, counting bytes, and stops as soon as they exceed the cap: a
   * zip bomb is refused after reading at most {@code maxExpandedBytes}, before POI builds anything.
   */
  private static void checkExpandedSize(Path file, String fileName, long maxExpandedBytes) {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (InputStream raw = Files.newInputStream(file);
        ZipInputStream zip = new ZipInputStream(raw)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          total += n;
          if (total > maxExpandedBytes) {
            throw new SheetRejectedException(
                fileName + "：解压后超过 " + maxExpandedBytes / 1024 / 1024 + " MB（疑似“压缩炸弹”或并非统计表），已拒收");
          }
        }
      }
    } catch (IOException e) {
      // Not a zip (an .xls) or a broken one: POI says which.
    }
  }

  private static Grid grid(Sheet sheet, String fileName) {
    String sheetName = sheet.getSheetName();
    int lastRow = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
    for (int r = MAX_ROWS; r <= sheet.getLastRowNum(); r++) {
      Row beyond = sheet.getRow(r);
      if (beyond != null && beyond.getPhysicalNumberOfCells() > 0) {
        for (Cell cell : beyond) {
          if (cell.getCellType() != CellType.BLANK
              && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
            throw new SheetRejectedException(
                fileName
                    + " 工作表“"
                    + sheetName
                    + "”：超过 "
                    + MAX_ROWS
                    + " 行，工作簿只读前 "
                    + MAX_ROWS
                    + " 行；行数多的文件请另存为 CSV 后导入");
          }
        }
      }
    }
    int width = 0;
    for (int r = 0; r <= lastRow; r++) {
      Row row = sheet.getRow(r);
      if (row != null) {
        width = Math.max(width, Math.min(row.getLastCellNum(), MAX_COLUMNS));
      }
    }
    List<List<SheetCell>> rows = new ArrayList<>();
    for (int r = 0; r <= lastRow; r++) {
      Row row = sheet.getRow(r);
      List<SheetCell> cells = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        String ref = sheetName + "!" + CellReference.convertNumToColString(c) + (r + 1);
        cells.add(cell(ref, row == null ? null : row.getCell(c)));
      }
      rows.add(cells);
    }
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      int top = region.getFirstRow();
      int left = region.getFirstColumn();
      if (top > lastRow || left >= width) {
        continue;
      }
      SheetCell value = rows.get(top).get(left);
      for (int r = top; r <= Math.min(region.getLastRow(), lastRow); r++) {
        for (int c = left; c <= Math.min(region.getLastColumn(), width - 1); c++) {
          SheetCell own = rows.get(r).get(c);
          rows.get(r).set(c, new SheetCell(own.ref(), value.text(), value.number(), value.date()));
        }
      }
    }
    return new Grid(fileName, sheetName, rows);
  }

  private static SheetCell cell(String ref, Cell cell) {
    if (cell == null) {
      return SheetCell.text(ref, "");
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> SheetCell.text(ref, cell.getStringCellValue());
      case NUMERIC -> {
        if (DateUtil.isCellDateFormatted(cell)) {
          LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
          yield new SheetCell(ref, date.toString(), null, date);
        }
        double value = cell.getNumericCellValue();
        yield new SheetCell(ref, plain(value), value, null);
      }
      case BOOLEAN -> SheetCell.text(ref, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
      case ERROR -> SheetCell.text(ref, FormulaError.forInt(cell.getErrorCellValue()).getString());
      default -> SheetCell.text(ref, "");
    };
  }

  private static String plain(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
