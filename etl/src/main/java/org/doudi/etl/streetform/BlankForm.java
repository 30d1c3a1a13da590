package org.doudi.etl.streetform;

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
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.doudi.warehouse.dictionary.MetricDictionary;
import org.doudi.warehouse.dictionary.MetricLabel;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.Street;
import org.springframework.stereotype.Component;

/**
 * Makes the official blank statistics form (.xlsx) from the metric dictionary: the seed's layout
 * (title, header fields with 统计期, the three-row merged header group → item → unit, the 数据 and 备注
 * rows, the notes), which the loader reads unchanged once filled.
 */
@Component
public class BlankForm {

  /** The form's title, as printed in the seed's annex. */
  public static final String TITLE = "普陀区社会救助“人情保”“关系保”问题自查自纠工作开展情况统计表";

  private final MetricDictionary metrics;

  BlankForm(MetricDictionary metrics) {
    this.metrics = metrics;
  }

  /** Returns the workbook's bytes; street and period are filled in when given. */
  public byte[] xlsx(Street street, Period period) {
    List<MetricLabel> labels = metrics.all();
    int last = labels.size();
    try (Workbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("统计表");
      CellStyle title = style(workbook, true, false, 14);
      CellStyle field = style(workbook, false, false, 11);
      CellStyle header = style(workbook, true, true, 10);
      CellStyle data = style(workbook, false, true, 11);
      data.setLocked(false);
      data.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      data.setFillPattern(FillPatternType.SOLID_FOREGROUND);

      Row titleRow = sheet.createRow(0);
      titleRow.setHeightInPoints(30);
      set(titleRow, 0, TITLE, title);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));

      Row fields = sheet.createRow(1);
      fields.setHeightInPoints(22);
      String[][] pairs = {
        {"街镇：", street == null ? "" : street.name()},
        {"联系人：", ""},
        {"电话：", ""},
        {"填报日期：", ""},
        {"统计期：", period == null ? "" : period.label()}
      };
      for (int i = 0; i < pairs.length; i++) {
        set(fields, i * 2, pairs[i][0], field);
        set(fields, i * 2 + 1, pairs[i][1], data);
      }

      Row groups = sheet.createRow(2);
      Row items = sheet.createRow(3);
      Row units = sheet.createRow(4);
      items.setHeightInPoints(60);
      units.setHeightInPoints(30);
      for (Row row : List.of(groups, items, units)) {
        for (int c = 0; c <= last; c++) {
          set(row, c, "", header);
        }
      }
      set(groups, 0, "类别", header);
      sheet.addMergedRegion(new CellRangeAddress(2, 4, 0, 0));
      int start = 0;
      while (start < labels.size()) {
        int end = start;
        while (end + 1 < labels.size()
            && labels.get(end + 1).groupLabel().equals(labels.get(start).groupLabel())) {
          end++;
        }
        set(groups, start + 1, labels.get(start).groupLabel(), header);
        merge(sheet, 2, 2, start + 1, end + 1);
        start = end + 1;
      }
      start = 0;
      while (start < labels.size()) {
        MetricLabel first = labels.get(start);
        int end = start;
        while (end + 1 < labels.size()
            && labels.get(end + 1).itemLabel().equals(first.itemLabel())
            && labels.get(end + 1).groupLabel().equals(first.groupLabel())) {
          end++;
        }
        boolean split = first.unitLabel() == null && first.itemLabel().startsWith("其中");
        if (split) {
          // As the seed prints it: 其中 above, 已处置到位数(件) below.
          set(items, start + 1, "其中", header);
          set(units, start + 1, first.itemLabel().substring(2), header);
        } else {
          set(items, start + 1, first.itemLabel(), header);
        }
        if (split) {
          merge(sheet, 3, 3, start + 1, end + 1);
        } else if (first.unitLabel() == null) {
          merge(sheet, 3, 4, start + 1, end + 1);
        } else {
          merge(sheet, 3, 3, start + 1, end + 1);
          for (int i = start; i <= end; i++) {
            set(units, i + 1, labels.get(i).unitLabel(), header);
          }
        }
        start = end + 1;
      }

      Row dataRow = sheet.createRow(5);
      dataRow.setHeightInPoints(24);
      set(dataRow, 0, "数据", header);
      for (int c = 1; c <= last; c++) {
        set(dataRow, c, "", data);
      }
      Row remarks = sheet.createRow(6);
      remarks.setHeightInPoints(40);
      set(remarks, 0, "备注", header);
      for (int c = 1; c <= last; c++) {
        set(remarks, c, "", data);
      }
      sheet.addMergedRegion(new CellRangeAddress(6, 6, 1, last));

      String[] notes = {
        "注：1. 数据为当月数，不是累计数；没有的填 0。", "2. 上述数据需与报送同级纪检监察机关数据保持一致。", "3. 请勿改动表头文字；金额以元为单位，最多两位小数。"
      };
      for (int i = 0; i < notes.length; i++) {
        set(sheet.createRow(8 + i), 0, notes[i], field);
        // the note spans the table's width, so that it prints on the page with the table
        sheet.addMergedRegion(new CellRangeAddress(8 + i, 8 + i, 0, last));
      }
      sheet.setColumnWidth(0, 9 * 256);
      for (int c = 1; c <= last; c++) {
        sheet.setColumnWidth(c, 13 * 256);
      }
      printOnOneLandscapePage(workbook, sheet, last, 8 + notes.length - 1);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sets the print layout: A4 landscape, the form with its notes scaled to one page, centred; a
   * clerk who prints the blank form gets one sheet to fill by hand or to file.
   */
  private static void printOnOneLandscapePage(
      Workbook workbook, Sheet sheet, int lastColumn, int lastRow) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 1);
    sheet.setAutobreaks(true);
    sheet.setFitToPage(true);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(Sheet.LeftMargin, 0.4);
    sheet.setMargin(Sheet.RightMargin, 0.4);
    sheet.setMargin(Sheet.TopMargin, 0.5);
    sheet.setMargin(Sheet.BottomMargin, 0.5);
    workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
  }

  private static void merge(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
    if (firstRow != lastRow || firstCol != lastCol) {
      sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
    }
  }

  private static void set(Row row, int column, String text, CellStyle style) {
    var cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
    cell.setCellValue(text);
    cell.setCellStyle(style);
  }

  private static CellStyle style(Workbook workbook, boolean bold, boolean bordered, int points) {
    CellStyle style = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(bold);
    font.setFontHeightInPoints((short) points);
    style.setFont(font);
    style.setWrapText(true);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    if (bordered) {
      style.setAlignment(HorizontalAlignment.CENTER);
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
    }
    return style;
  }
}
