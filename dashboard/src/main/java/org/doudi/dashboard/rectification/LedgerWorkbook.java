package org.doudi.dashboard.rectification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the district's rectification ledger (整改台账) as the bureau forwards it upward: a header row,
 * then one row per item in the ledger's column order (街镇, then 序号 … 销号日期), dates as dates, and the
 * product's 整改编号 and the work team's 销号审核 last, so that a later ledger file can be matched by the
 * number.
 */
final class LedgerWorkbook {

  /** The columns, in the order of the ledger. */
  static final List<String> HEADERS =
      List.of(
          "街镇", "序号", "问题来源", "问题类型", "问题描述", "责任部门", "责任人", "整改措施", "整改时限", "整改成效", "整改状态", "销号日期",
          "整改编号", "销号审核");

  private LedgerWorkbook() {}

  /** Returns the xlsx bytes of the rows. */
  static byte[] write(List<ProblemRow> rows) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("整改台账");
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADERS.size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(HEADERS.get(c));
        cell.setCellStyle(bold);
      }
      int r = 1;
      for (ProblemRow item : rows) {
        Row row = sheet.createRow(r++);
        text(row, 0, item.streetName());
        row.createCell(1).setCellValue(item.rowNo());
        text(row, 2, item.source());
        text(row, 3, item.problemType());
        text(row, 4, item.description());
        text(row, 5, item.department());
        text(row, 6, item.responsible());
        text(row, 7, item.measures());
        date(row, 8, item.dueDate(), date);
        text(row, 9, item.result());
        text(row, 10, item.status());
        date(row, 11, item.closedDate(), date);
        row.createCell(12).setCellValue(item.itemNo());
        text(row, 13, item.review() == null ? null : reviewText(item));
      }
      sheet.createFreezePane(0, 1);
      int[] widths = {14, 6, 10, 12, 48, 14, 10, 36, 12, 36, 10, 12, 10, 20};
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String reviewText(ProblemRow item) {
    return "退回".equals(item.review()) && item.reviewReason() != null
        ? "退回：" + item.reviewReason()
        : item.review();
  }

  private static void text(Row row, int column, String value) {
    if (value != null) {
      row.createCell(column).setCellValue(value);
    }
  }

  private static void date(Row row, int column, LocalDate value, CellStyle style) {
    if (value != null) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value);
      cell.setCellStyle(style);
    }
  }
}
