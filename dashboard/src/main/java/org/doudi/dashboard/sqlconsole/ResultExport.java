package org.doudi.dashboard.sqlconsole;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.doudi.dashboard.web.SpreadsheetText;
import org.doudi.warehouse.gateway.QueryResult;

/**
 * Writes a result as .csv (UTF-8 with BOM, so Excel and WPS read Chinese) or .xlsx; text that a
 * spreadsheet could take for a formula is defused, numbers stay numbers.
 */
final class ResultExport {

  private ResultExport() {}

  static boolean isNumeric(int jdbcType) {
    return switch (jdbcType) {
      case Types.TINYINT,
          Types.SMALLINT,
          Types.INTEGER,
          Types.BIGINT,
          Types.DECIMAL,
          Types.NUMERIC,
          Types.FLOAT,
          Types.REAL,
          Types.DOUBLE ->
          true;
      default -> false;
    };
  }

  static void csv(QueryResult result, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    for (int i = 0; i < result.columns().size(); i++) {
      writer.write(
          (i == 0 ? "" : ",")
              + SpreadsheetText.csvField(SpreadsheetText.defused(result.columns().get(i).name())));
    }
    writer.write("\r\n");
    for (Object[] row : result.rows()) {
      for (int i = 0; i < row.length; i++) {
        String text = Cells.text(row[i]);
        writer.write(
            (i == 0 ? "" : ",")
                + SpreadsheetText.csvField(
                    row[i] instanceof Number ? text : SpreadsheetText.defused(text)));
      }
      writer.write("\r\n");
    }
    if (result.capped()) {
      writer.write(SpreadsheetText.csvField(result.capNote()) + "\r\n");
    }
    writer.flush();
  }

  static void xlsx(QueryResult result, String sql, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      Sheet sheet = workbook.createSheet("查询结果");
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      Row first = sheet.createRow(0);
      for (int i = 0; i < result.columns().size(); i++) {
        Cell cell = first.createCell(i);
        cell.setCellValue(SpreadsheetText.defused(result.columns().get(i).name()));
        cell.setCellStyle(header);
      }
      int r = 1;
      for (Object[] values : result.rows()) {
        Row row = sheet.createRow(r++);
        for (int i = 0; i < values.length; i++) {
          Object value = values[i];
          if (value == null) {
            continue;
          }
          Cell cell = row.createCell(i);
          if (value instanceof Number number
              && !(value instanceof BigDecimal big && big.precision() > 15)) {
            cell.setCellValue(number.doubleValue());
          } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
          } else {
            cell.setCellValue(SpreadsheetText.defused(Cells.text(value)));
          }
        }
      }
      if (result.capped()) {
        sheet.createRow(r).createCell(0).setCellValue(result.capNote());
      }
      Sheet query = workbook.createSheet("查询语句");
      query.createRow(0).createCell(0).setCellValue(SpreadsheetText.defused(sql));
      workbook.write(out);
    }
  }
}
