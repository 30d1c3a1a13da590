package org.doudi.reports.district;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.MetricLabel;
import org.doudi.warehouse.dictionary.Period;

/**
 * Writes the district report as a workbook to work with: one plain table per sheet (a header row,
 * then one row per paragraph, street or month), figures as numbers, no page layout. The PDF is for
 * reading and signing; this is for sorting, filtering and summing.
 */
final class DistrictWorkbook {

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle header;
  private final CellStyle bold;
  private final CellStyle count;
  private final CellStyle yuan;
  private final CellStyle wrap;

  DistrictWorkbook() {
    Font boldFont = workbook.createFont();
    boldFont.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(boldFont);
    header.setWrapText(true);
    bold = workbook.createCellStyle();
    bold.setFont(boldFont);
    count = workbook.createCellStyle();
    count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
    yuan = workbook.createCellStyle();
    yuan.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
    wrap = workbook.createCellStyle();
    wrap.setWrapText(true);
  }

  /** Adds the report's text, one paragraph a row: 类型 (标题/小标题/正文) and 内容. */
  DistrictWorkbook text(String name, List<Map<String, ?>> paragraphs) {
    Sheet sheet = sheet(name, List.of("类型", "内容"));
    for (Map<String, ?> paragraph : paragraphs) {
      Row row = sheet.createRow(sheet.getLastRowNum() + 1);
      String kind = (String) paragraph.get("kind");
      row.createCell(0)
          .setCellValue(
              switch (kind) {
                case "t" -> "标题";
                case "h" -> "小标题";
                default -> "正文";
              });
      Cell cell = row.createCell(1);
      cell.setCellValue((String) paragraph.get("text"));
      cell.setCellStyle(kind.equals("p") ? wrap : bold);
    }
    sheet.setColumnWidth(0, 8 * 256);
    sheet.setColumnWidth(1, 100 * 256);
    return this;
  }

  /** Adds a table of the 15 figures, one row per street (or month), labelled in column A. */
  DistrictWorkbook figures(
      String name, String firstColumn, List<MetricLabel> labels, List<Map<String, ?>> rows) {
    List<String> headers = new java.util.ArrayList<>();
    headers.add(firstColumn);
    labels.forEach(l -> headers.add(columnLabel(l)));
    Sheet sheet = sheet(name, headers);
    for (Map<String, ?> values : rows) {
      Row row = sheet.createRow(sheet.getLastRowNum() + 1);
      Cell label = row.createCell(0);
      label.setCellValue((String) values.get("street"));
      if (Boolean.TRUE.equals(values.get("total"))) {
        label.setCellStyle(bold);
      }
      int c = 1;
      for (MetricLabel metricLabel : labels) {
        Object value = values.get(metricLabel.metric().key());
        Cell cell = row.createCell(c++);
        if (value instanceof Number number) {
          cell.setCellValue(
              number instanceof BigDecimal d ? d.doubleValue() : number.doubleValue());
          cell.setCellStyle(metricLabel.metric().kind() == Metric.Kind.YUAN ? yuan : count);
        }
      }
    }
    sheet.setColumnWidth(0, 18 * 256);
    for (int c = 1; c < headers.size(); c++) {
      sheet.setColumnWidth(c, 14 * 256);
    }
    return this;
  }

  /** Adds a table of named columns from row maps, in the order of {@code columns}. */
  DistrictWorkbook table(
      String name, List<String> headers, List<String> keys, List<Map<String, ?>> rows) {
    Sheet sheet = sheet(name, headers);
    for (Map<String, ?> values : rows) {
      Row row = sheet.createRow(sheet.getLastRowNum() + 1);
      for (int c = 0; c < keys.size(); c++) {
        Object value = values.get(keys.get(c));
        Cell cell = row.createCell(c);
        if (value instanceof Number number) {
          cell.setCellValue(number.doubleValue());
          cell.setCellStyle(count);
        } else if (value != null) {
          cell.setCellValue(value.toString());
        }
      }
    }
    for (int c = 0; c < headers.size(); c++) {
      sheet.setColumnWidth(c, (c == 1 ? 40 : 14) * 256);
    }
    return this;
  }

  /** Returns the workbook's bytes, with the title as its document title. */
  byte[] bytes(String title) {
    workbook.getProperties().getCoreProperties().setTitle(title);
    try (workbook;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("报告导出失败：" + e.getMessage(), e);
    }
  }

  /** Returns a column's header: item and unit; the two 其中 items by their short label. */
  static String columnLabel(MetricLabel label) {
    return label.itemLabel().startsWith("其中")
        ? label.shortLabel() + "(" + label.unit() + ")"
        : label.itemAndUnit();
  }

  /** Returns a month as column A of the trend table shows it. */
  static String month(Period period) {
    return period.label();
  }

  private Sheet sheet(String name, List<String> headers) {
    Sheet sheet = workbook.createSheet(name);
    Row row = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = row.createCell(c);
      cell.setCellValue(headers.get(c));
      cell.setCellStyle(header);
    }
    sheet.createFreezePane(1, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headers.size() - 1));
    return sheet;
  }
}
