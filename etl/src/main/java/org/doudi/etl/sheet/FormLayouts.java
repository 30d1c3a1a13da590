package org.doudi.etl.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doudi.warehouse.dictionary.Labels;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.MetricLabel;

/**
 * Finds forms in a grid, in either layout streets use: the printed form (header fields above a
 * table with a three-row header, a 数据 row and a 备注 row) or a flat table (one header row, one form
 * per row). Figures are found by their labels, never by position.
 */
public final class FormLayouts {

  /** How many figure columns make a row a flat table's header. */
  private static final int FLAT_HEADER_MIN = 8;

  private final Headers headers;

  public FormLayouts(Headers headers) {
    this.headers = headers;
  }

  /**
   * Returns the forms of a grid, adding every error to {@code errors}; empty when the grid holds
   * neither layout.
   */
  public Optional<List<DraftForm>> read(Grid grid, List<String> errors) {
    Optional<Integer> dataRow = dataRow(grid);
    if (dataRow.isPresent()) {
      return Optional.of(List.of(printed(grid, dataRow.get(), errors)));
    }
    Optional<Integer> headerRow = flatHeaderRow(grid);
    return headerRow.map(row -> flat(grid, row, errors));
  }

  /** Returns the forms of a flat table whose first row is its header (a CSV file). */
  public List<DraftForm> readFlat(Grid grid, List<String> errors) {
    return flat(grid, 0, errors);
  }

  private static Optional<Integer> dataRow(Grid grid) {
    for (int r = 0; r < grid.rows().size(); r++) {
      for (SheetCell cell : grid.rows().get(r)) {
        if (Labels.fold(cell.text()).equals("数据")) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  private DraftForm printed(Grid grid, int dataRow, List<String> errors) {
    Map<Metric, Integer> columns = new EnumMap<>(Metric.class);
    int width = grid.width();
    for (int c = 0; c < width; c++) {
      StringBuilder key = new StringBuilder();
      String previous = null;
      for (int r = 0; r < dataRow; r++) {
        String text = Labels.fold(grid.cell(r, c).text());
        if (!text.isEmpty() && !text.equals(previous)) {
          key.append(text);
          previous = text;
        }
      }
      int column = c;
      headers
          .printedColumn(key.toString())
          .ifPresent(
              metric -> {
                Integer earlier = columns.putIfAbsent(metric, column);
                if (earlier != null) {
                  errors.add(
                      grid.about(
                          "“"
                              + headers.describe(metric)
                              + "”一列出现了两次（"
                              + columnName(grid, dataRow, earlier)
                              + "、"
                              + columnName(grid, dataRow, column)
                              + "），无法确定以哪一列为准"));
                }
              });
    }
    reportMissing(grid, columns, errors);
    Map<Metric, BigDecimal> figures = figures(grid, dataRow, columns, errors);
    Map<Headers.Field, SheetCell> fields = new EnumMap<>(Headers.Field.class);
    String remarks = null;
    for (int r = 0; r < grid.rows().size(); r++) {
      if (r == dataRow) {
        continue;
      }
      List<SheetCell> row = grid.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        SheetCell cell = row.get(c);
        if (r > dataRow && remarks == null && Labels.fold(cell.text()).equals("备注")) {
          remarks = rest(row, c);
          continue;
        }
        headerField(row, c, fields);
      }
    }
    return new DraftForm(grid, fields, figures, remarks, null);
  }

  private static String columnName(Grid grid, int row, int column) {
    String ref = grid.cell(row, column).ref();
    return ref.substring(ref.indexOf('!') + 1).replaceAll("\\d", "") + "列";
  }

  /** Takes a header field from a cell: 街镇：长寿路街道 in one cell, or 街镇： and the value beside. */
  private static void headerField(
      List<SheetCell> row, int c, Map<Headers.Field, SheetCell> fields) {
    SheetCell cell = row.get(c);
    if (cell.number() != null || cell.date() != null || cell.text().isBlank()) {
      return;
    }
    String text = Labels.foldWidth(cell.text()).strip();
    int colon = text.indexOf(':');
    String label = colon < 0 ? text : text.substring(0, colon);
    Optional<Headers.Field> field = Headers.field(label);
    if (field.isEmpty() || fields.containsKey(field.get())) {
      return;
    }
    String value = colon < 0 ? "" : text.substring(colon + 1).strip();
    if (!value.isEmpty()) {
      fields.put(field.get(), SheetCell.text(cell.ref(), value));
      return;
    }
    for (int next = c + 1; next < row.size(); next++) {
      SheetCell candidate = row.get(next);
      if (candidate.blank() || candidate.text().equals(cell.text())) {
        continue;
      }
      String candidateText = Labels.foldWidth(candidate.text()).strip();
      int candidateColon = candidateText.indexOf(':');
      String candidateLabel =
          candidateColon < 0 ? candidateText : candidateText.substring(0, candidateColon);
      if (candidate.number() == null
          && candidate.date() == null
          && Headers.field(candidateLabel).isPresent()) {
        return;
      }
      fields.put(field.get(), candidate);
      return;
    }
  }

  private static String rest(List<SheetCell> row, int c) {
    Set<String> texts = new LinkedHashSet<>();
    for (int next = c + 1; next < row.size(); next++) {
      if (!row.get(next).text().isBlank()) {
        texts.add(row.get(next).text().strip());
      }
    }
    return texts.isEmpty() ? null : String.join(" ", texts);
  }

  private Optional<Integer> flatHeaderRow(Grid grid) {
    return HeaderRows.find(grid, text -> headers.flatColumn(text).isPresent(), FLAT_HEADER_MIN);
  }

  private List<DraftForm> flat(Grid grid, int headerRow, List<String> errors) {
    Map<Metric, Integer> columns = new EnumMap<>(Metric.class);
    Map<Headers.Field, Integer> fieldColumns = new EnumMap<>(Headers.Field.class);
    List<SheetCell> header = grid.rows().isEmpty() ? List.of() : grid.rows().get(headerRow);
    for (int c = 0; c < header.size(); c++) {
      String text = header.get(c).text();
      Optional<Headers.Field> field = Headers.field(text);
      if (field.isPresent()) {
        fieldColumns.putIfAbsent(field.get(), c);
        continue;
      }
      int column = c;
      headers
          .flatColumn(text)
          .ifPresent(
              metric -> {
                Integer earlier = columns.putIfAbsent(metric, column);
                if (earlier != null) {
                  errors.add(
                      grid.about(
                          "“"
                              + headers.describe(metric)
                              + "”一列出现了两次（第"
                              + (earlier + 1)
                              + "列、第"
                              + (column + 1)
                              + "列）"));
                }
              });
    }
    List<DraftForm> forms = new ArrayList<>();
    if (columns.isEmpty() && fieldColumns.isEmpty()) {
      errors.add(grid.about("第1行不是统计表的表头：没有找到“街镇”和各项数据的列名"));
      return forms;
    }
    reportMissing(grid, columns, errors);
    for (int r = headerRow + 1; r < grid.rows().size(); r++) {
      if (grid.blankRow(r)) {
        continue;
      }
      Map<Metric, BigDecimal> figures = figures(grid, r, columns, errors);
      Map<Headers.Field, SheetCell> fields = new EnumMap<>(Headers.Field.class);
      for (Map.Entry<Headers.Field, Integer> field : fieldColumns.entrySet()) {
        SheetCell cell = grid.cell(r, field.getValue());
        if (!cell.blank()) {
          fields.put(field.getKey(), cell);
        }
      }
      forms.add(new DraftForm(grid, fields, figures, null, rowName(grid, r)));
    }
    if (forms.isEmpty()) {
      errors.add(grid.about("表头下没有任何数据行"));
    }
    return forms;
  }

  private static String rowName(Grid grid, int row) {
    return grid.sheetName() == null
        ? "第" + lineOf(grid.cell(row, 0).ref()) + "行"
        : "第" + (row + 1) + "行";
  }

  private static String lineOf(String ref) {
    int end = ref.indexOf('行');
    return end > 1 ? ref.substring(1, end) : ref;
  }

  private Map<Metric, BigDecimal> figures(
      Grid grid, int row, Map<Metric, Integer> columns, List<String> errors) {
    Map<Metric, BigDecimal> figures = new EnumMap<>(Metric.class);
    for (MetricLabel label : headers.labels()) {
      Integer column = columns.get(label.metric());
      if (column == null) {
        continue;
      }
      SheetCell cell = grid.cell(row, column);
      Figures.Reading reading = Figures.read(cell, label.metric(), label.unit());
      if (reading.ok()) {
        figures.put(label.metric(), reading.value());
      } else {
        String which = "该格是“" + label.itemAndUnit() + "”";
        String error = reading.error();
        int hint = error.indexOf('（');
        errors.add(
            grid.at(
                cell,
                hint < 0
                    ? error + "（" + which + "）"
                    : error.substring(0, hint + 1) + which + "，" + error.substring(hint + 1)));
      }
    }
    return figures;
  }

  private void reportMissing(Grid grid, Map<Metric, Integer> columns, List<String> errors) {
    for (MetricLabel label : headers.labels()) {
      if (!columns.containsKey(label.metric())) {
        errors.add(grid.about("缺少“" + headers.describe(label.metric()) + "”一列（按表头文字查找，未找到）"));
      }
    }
  }
}
