package org.doudi.dashboard.findings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.doudi.dashboard.web.SpreadsheetText;

/**
 * Writes a list of findings as .csv (UTF-8 with BOM, for Excel) or .xlsx, safe against formulas.
 */
final class FindingsExport {

  /**
   * The columns. A rule's two figures mean different things from one rule to the next (迟报天数,
   * 清退后仍发放金额…), so the export keeps them as numbers and says beside them, in the rule's own words,
   * what they are.
   */
  static final List<String> HEADER =
      List.of("编号", "统计期", "街镇", "规则", "指标", "数值", "对照数值", "数值含义", "严重程度", "状态", "说明");

  private FindingsExport() {}

  private static List<Object> values(FindingRow f) {
    List<Object> values = new ArrayList<>();
    values.add(f.id());
    values.add(f.period());
    values.add(f.streetName() == null ? "全区" : f.streetName());
    values.add(f.ruleLabel());
    values.add(f.metricLabel());
    values.add(f.streetValue());
    values.add(f.otherValue());
    values.add(meaning(f.rule()));
    values.add(f.severityLabel());
    values.add(f.statusLabel());
    values.add(f.message());
    return values;
  }

  /** Returns what a rule's two figures are: 清退后仍发放金额（元）；对照：涉及人数. */
  static String meaning(String rule) {
    String[] names = FindingLabels.figureNames(rule);
    return names[1] == null ? names[0] : names[0] + "；对照：" + names[1];
  }

  /** Returns the findings as CSV bytes. */
  static byte[] csv(List<FindingRow> findings) {
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(String.join(",", HEADER)).append("\r\n");
    for (FindingRow f : findings) {
      List<String> cells = new ArrayList<>();
      for (Object value : values(f)) {
        if (value == null) {
          cells.add("");
        } else if (value instanceof BigDecimal || value instanceof Long) {
          cells.add(value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        } else {
          cells.add(SpreadsheetText.csvField(SpreadsheetText.defused(value.toString())));
        }
      }
      out.append(String.join(",", cells)).append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the findings as an .xlsx workbook; text cells are never formulas. */
  static byte[] xlsx(List<FindingRow> findings) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("核查发现");
      CellStyle headerStyle = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      headerStyle.setFont(bold);
      CellStyle quoted = workbook.createCellStyle();
      quoted.setQuotePrefixed(true);
      CellStyle number = workbook.createCellStyle();
      number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADER.size(); i++) {
        Cell cell = header.createCell(i);
        cell.setCellValue(HEADER.get(i));
        cell.setCellStyle(headerStyle);
      }
      int r = 1;
      for (FindingRow f : findings) {
        Row row = sheet.createRow(r++);
        List<Object> values = values(f);
        for (int i = 0; i < values.size(); i++) {
          Object value = values.get(i);
          if (value == null) {
            continue;
          }
          Cell cell = row.createCell(i);
          if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(number);
          } else if (value instanceof Long l) {
            cell.setCellValue(l);
          } else {
            String text = value.toString();
            cell.setCellValue(text);
            if (SpreadsheetText.risky(text)) {
              cell.setCellStyle(quoted);
            }
          }
        }
      }
      int[] widths = {8, 10, 14, 20, 18, 12, 12, 30, 10, 10, 60};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      sheet.createFreezePane(0, 1);
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
