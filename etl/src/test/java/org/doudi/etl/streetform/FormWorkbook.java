package org.doudi.etl.streetform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.doudi.warehouse.dictionary.Metric;

/**
 * Builds printed statistics forms the way streets alter them: blocks in another order, labels
 * broken over lines or with other quotes, a title row, inserted blank columns and rows, header
 * fields in one cell or two, values as text, numbers or formulas; as .xlsx or .xls.
 */
final class FormWorkbook {

  /** The seed's labels per metric: group, item, unit (null where the item carries it). */
  static final Map<Metric, String[]> LABELS = new EnumMap<>(Metric.class);

  static {
    String g1 = "对象认定不精准情况";
    String sanwu = "清退因审核把关不严、随意放宽“三无”认定条件纳入特困供养人员";
    put(Metric.RENQING_REMOVED, g1, "清退“人情保”", "人数(人)");
    put(Metric.RENQING_RECOVERED_YUAN, g1, "清退“人情保”", "追回资金(元)");
    put(Metric.GUANXI_REMOVED, g1, "清退“关系保”", "人数(人)");
    put(Metric.GUANXI_RECOVERED_YUAN, g1, "清退“关系保”", "追回资金(元)");
    put(Metric.ZHENGCE_REMOVED, g1, "清退“政策保”", "人数(人)");
    put(Metric.ZHENGCE_RECOVERED_YUAN, g1, "清退“政策保”", "追回资金(元)");
    put(Metric.WHOLE_HOUSEHOLD_ADDED, g1, "纠正以“单人保”代替“整户保”问题，新纳入低保人数(人)", null);
    put(Metric.SANWU_REMOVED, g1, sanwu, "人数(人)");
    put(Metric.SANWU_RECOVERED_YUAN, g1, sanwu, "追回资金(元)");
    put(Metric.CLUES_TOTAL, "民政部门问题线索查处情况", "问题线索数(条)", null);
    put(Metric.CLUES_RESOLVED, "民政部门问题线索查处情况", "其中已处置到位数(件)", null);
    put(Metric.PETITIONS_HANDLED, "社会救助领域信访事项处理情况", "办理社会救助领域信访事项数(件)", null);
    put(Metric.PETITIONS_RESOLVED, "社会救助领域信访事项处理情况", "其中已处置到位数(件)", null);
    put(Metric.CARD_CUSTODY_CASES, "其它", "卡折代管案数(人)", null);
    put(Metric.RELATIVE_FILINGS, "其它", "近亲属备案数(人)", null);
  }

  private static void put(Metric metric, String group, String item, String unit) {
    LABELS.put(metric, new String[] {group, item, unit});
  }

  /**
   * Returns the default value of a figure: its position, totals large enough to raise no warning.
   */
  static int seed(Metric metric) {
    return switch (metric) {
      case CLUES_TOTAL -> 20;
      case PETITIONS_HANDLED -> 30;
      default -> metric.ordinal() + 1;
    };
  }

  private final List<Metric> order = new ArrayList<>(List.of(Metric.values()));
  private final Map<Metric, Object> values = new EnumMap<>(Metric.class);
  private final List<String[]> fields = new ArrayList<>();
  private UnaryOperator<String> labelStyle = UnaryOperator.identity();
  private boolean title = true;
  private boolean twoCellFields;
  private int blankColumnAt = -1;
  private boolean blankRowBeforeData;
  private boolean xls;

  FormWorkbook() {
    for (Metric metric : Metric.values()) {
      values.put(metric, seed(metric));
    }
    field("街镇", "长寿路街道");
    field("联系人", "周娜");
    field("电话", "021-61037777");
    field("填报日期", "2025-01-26");
    field("统计期", "2024年12月");
  }

  FormWorkbook field(String label, String value) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i)[0].equals(label)) {
        if (value == null) {
          fields.remove(i);
        } else {
          fields.set(i, new String[] {label, value});
        }
        return this;
      }
    }
    if (value != null) {
      fields.add(new String[] {label, value});
    }
    return this;
  }

  FormWorkbook value(Metric metric, Object value) {
    values.put(metric, value);
    return this;
  }

  FormWorkbook order(List<Metric> metrics) {
    order.clear();
    order.addAll(metrics);
    return this;
  }

  FormWorkbook labels(UnaryOperator<String> style) {
    this.labelStyle = style;
    return this;
  }

  FormWorkbook withoutTitle() {
    this.title = false;
    return this;
  }

  FormWorkbook twoCellFields() {
    this.twoCellFields = true;
    return this;
  }

  FormWorkbook blankColumnAt(int column) {
    this.blankColumnAt = column;
    return this;
  }

  FormWorkbook blankRowBeforeData() {
    this.blankRowBeforeData = true;
    return this;
  }

  FormWorkbook xls() {
    this.xls = true;
    return this;
  }

  Path write(Path file) throws IOException {
    try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("表1");
      int r = 0;
      if (title) {
        text(sheet, r, 0, "普陀区社会救助“人情保”“关系保”问题自查自纠工作开展情况统计表");
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 16));
        r++;
      }
      int c = 0;
      for (String[] field : fields) {
        if (twoCellFields) {
          text(sheet, r, c++, field[0] + "：");
          text(sheet, r, c++, field[1]);
        } else {
          text(sheet, r, c++, field[0] + "：" + field[1]);
        }
      }
      r++;
      int groupRow = r;
      text(sheet, groupRow, 0, "类别");
      sheet.addMergedRegion(new CellRangeAddress(groupRow, groupRow + 2, 0, 0));
      int dataRow = groupRow + 3 + (blankRowBeforeData ? 1 : 0);
      text(sheet, dataRow, 0, "数据");
      int column = 1;
      for (int i = 0; i < order.size(); i++) {
        if (column == blankColumnAt) {
          column++;
        }
        Metric metric = order.get(i);
        String[] label = LABELS.get(metric);
        text(sheet, groupRow, column, labelStyle.apply(label[0]));
        if (label[2] == null) {
          text(sheet, groupRow + 1, column, labelStyle.apply(label[1]));
          sheet.addMergedRegion(new CellRangeAddress(groupRow + 1, groupRow + 2, column, column));
        } else {
          text(sheet, groupRow + 1, column, labelStyle.apply(label[1]));
          text(sheet, groupRow + 2, column, labelStyle.apply(label[2]));
        }
        Object value = values.get(metric);
        Cell cell = cell(sheet, dataRow, column);
        if (value instanceof Number number) {
          cell.setCellValue(number.doubleValue());
        } else if (value instanceof String text && text.startsWith("=")) {
          cell.setCellFormula(text.substring(1));
        } else if (value != null) {
          cell.setCellValue(value.toString());
        }
        column++;
      }
      text(sheet, dataRow + 1, 0, "备注");
      text(sheet, dataRow + 1, 1, "已按要求完成自查");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      workbook.write(out);
    }
    return file;
  }

  private static void text(Sheet sheet, int row, int column, String text) {
    cell(sheet, row, column).setCellValue(text);
  }

  private static Cell cell(Sheet sheet, int row, int column) {
    Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
  }
}
