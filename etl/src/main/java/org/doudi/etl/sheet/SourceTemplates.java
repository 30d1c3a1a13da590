package org.doudi.etl.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.doudi.warehouse.dictionary.SourceColumn;
import org.doudi.warehouse.dictionary.SourceFile;

/**
 * Makes the blank template of a campaign file (.xlsx) from the same column dictionary that reads
 * it: a title row, a 填报单位 line, a note saying which columns are required, then the header row with
 * the dictionary's first label of each column in its order (required ones in red with ★ in the note
 * only, so that the header reads back unchanged), and empty rows to fill.
 */
public final class SourceTemplates {

  /** The sheet's row of the header labels (0-based). */
  public static final int HEADER_ROW = 3;

  private static final int BLANK_ROWS = 50;

  private SourceTemplates() {}

  /**
   * Returns the workbook's bytes; {@code unit} (a street's name) fills the 填报单位 line when given.
   */
  public static byte[] xlsx(SourceFile kind, String unit) {
    List<SourceColumn> columns = kind.columns();
    try (Workbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(kind.title());
      CellStyle title = style(workbook, true, false, 14, IndexedColors.BLACK);
      CellStyle plain = style(workbook, false, false, 10, IndexedColors.BLACK);
      CellStyle header = style(workbook, true, true, 10, IndexedColors.BLACK);
      CellStyle required = style(workbook, true, true, 10, IndexedColors.RED);
      CellStyle data = style(workbook, false, true, 10, IndexedColors.BLACK);
      CellStyle text = style(workbook, false, true, 10, IndexedColors.BLACK);
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));

      Row titleRow = sheet.createRow(0);
      titleRow.setHeightInPoints(28);
      titleRow.createCell(0).setCellValue(kind.title());
      titleRow.getCell(0).setCellStyle(title);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));

      Row unitRow = sheet.createRow(1);
      unitRow.createCell(0).setCellValue("填报单位：" + (unit == null ? "" : unit));
      unitRow.getCell(0).setCellStyle(plain);

      Row noteRow = sheet.createRow(2);
      noteRow
          .createCell(0)
          .setCellValue(
              "说明：红色表头为必填项（"
                  + String.join(
                      "、",
                      columns.stream()
                          .filter(SourceColumn::required)
                          .map(SourceColumn::label)
                          .toList())
                  + "）；日期写作 2024-11-05；身份证号请以文本格式填写18位；请勿改动表头文字。");
      noteRow.getCell(0).setCellStyle(plain);
      sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, columns.size() - 1));

      Row headerRow = sheet.createRow(HEADER_ROW);
      headerRow.setHeightInPoints(30);
      for (int c = 0; c < columns.size(); c++) {
        SourceColumn column = columns.get(c);
        headerRow.createCell(c).setCellValue(column.label());
        headerRow.getCell(c).setCellStyle(column.required() ? required : header);
        sheet.setColumnWidth(c, width(column) * 256);
        sheet.setDefaultColumnStyle(c, column.field().endsWith("IdNo") ? text : data);
      }
      for (int r = 1; r <= BLANK_ROWS; r++) {
        Row row = sheet.createRow(HEADER_ROW + r);
        for (int c = 0; c < columns.size(); c++) {
          row.createCell(c).setCellStyle(columns.get(c).field().endsWith("IdNo") ? text : data);
        }
      }
      sheet.createFreezePane(0, HEADER_ROW + 1);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a column's width in characters: room for an ID number, a date or its label. */
  private static int width(SourceColumn column) {
    if (column.field().endsWith("IdNo")) {
      return 21;
    }
    if (column.field().endsWith("Date")) {
      return 13;
    }
    if (List.of("description", "measures", "result", "reason").contains(column.field())) {
      return 30;
    }
    return Math.max(8, Math.min(24, column.label().length() * 2 + 2));
  }

  private static CellStyle style(
      Workbook workbook, boolean bold, boolean border, int points, IndexedColors color) {
    CellStyle style = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(bold);
    font.setFontHeightInPoints((short) points);
    font.setColor(color.getIndex());
    style.setFont(font);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    style.setWrapText(true);
    if (bold) {
      style.setAlignment(HorizontalAlignment.CENTER);
    }
    if (border) {
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
    }
    if (bold && border) {
      style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    return style;
  }
}
