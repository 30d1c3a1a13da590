package org.doudi.etl.sheet;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doudi.warehouse.dictionary.Labels;
import org.doudi.warehouse.dictionary.SourceColumn;
import org.doudi.warehouse.dictionary.SourceFile;
import org.doudi.warehouse.dictionary.Street;
import org.doudi.warehouse.dictionary.StreetDictionary;

/**
 * Reads a campaign file (register, removal list, payment ledger, rectification ledger) by its
 * column dictionary: the header found by its labels in any column order below title and 填报单位 rows,
 * one line per filled row below it; every error names file, sheet and cell.
 */
public final class SourceTables {

  private SourceTables() {}

  /**
   * One filled row of the table.
   *
   * @param grid the sheet it stands in
   * @param row its index in the sheet (0-based)
   * @param cells its cells by the dictionary's field
   */
  public record Line(Grid grid, int row, Map<String, SheetCell> cells) {

    /** Returns the row's number as a person counts it. */
    public int number() {
      return row + 1;
    }

    /** Returns a field's text, stripped, or null when blank or absent. */
    public String text(String field) {
      SheetCell cell = cells.get(field);
      return cell == null || cell.blank() ? null : cell.text().strip();
    }

    /** Returns a field's date in the usual styles; an unreadable date adds an error. */
    public LocalDate date(String field, String label, List<String> errors) {
      SheetCell cell = cells.get(field);
      if (cell == null || cell.blank()) {
        return null;
      }
      Optional<LocalDate> date = FillDates.parse(cell);
      if (date.isEmpty()) {
        errors.add(
            grid.at(
                cell,
                label
                    + "“"
                    + cell.text().strip()
                    + "”不是日期（应写作 2024-11-05、2024/11/05 或 2024年11月5日）"));
      }
      return date.orElse(null);
    }

    /** Returns the street of the 街镇 cell by name or alias; an unknown street adds an error. */
    public String street(StreetDictionary streets, List<String> errors) {
      SheetCell cell = cells.get("street");
      if (cell == null || cell.blank()) {
        return null;
      }
      Optional<Street> street = streets.resolve(cell.text());
      if (street.isEmpty()) {
        errors.add(grid.at(cell, "街镇“" + cell.text().strip() + "”不是本区的街镇"));
      }
      return street.map(Street::code).orElse(null);
    }

    /**
     * Adds an error naming the 街镇 cell when it names a street other than {@code own}: a street
     * account loads its own street's rows only.
     */
    public void requireStreet(
        StreetDictionary streets, String own, SourceFile kind, List<String> errors) {
      SheetCell cell = cells.get("street");
      if (cell == null || cell.blank()) {
        return;
      }
      Optional<Street> street = streets.resolve(cell.text());
      if (street.isPresent() && !street.get().code().equals(own)) {
        String ownName = streets.byCode(own).map(Street::name).orElse(own);
        errors.add(
            grid.at(
                cell,
                "街镇“" + cell.text().strip() + "”不是本账户的街镇，本账户只能导入" + ownName + "的" + kind.title()));
      }
    }

    /** Returns a whole number; anything else adds an error. */
    public Integer integer(String field, String label, List<String> errors) {
      BigDecimal value = amount(field, label, errors);
      if (value == null) {
        return null;
      }
      try {
        return value.intValueExact();
      } catch (ArithmeticException e) {
        errors.add(grid.at(cells.get(field), label + "应为整数"));
        return null;
      }
    }

    /** Returns an amount (千分位 and 元 allowed); anything else adds an error. */
    public BigDecimal amount(String field, String label, List<String> errors) {
      SheetCell cell = cells.get(field);
      if (cell == null || cell.blank()) {
        return null;
      }
      String text = Labels.foldWidth(cell.text()).replace(",", "").replace("元", "").strip();
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        errors.add(grid.at(cell, label + "“" + cell.text().strip() + "”不是数字"));
        return null;
      }
    }

    /** Returns 是/否 as a boolean, null when blank; anything else adds an error. */
    public Boolean yes(String field, String label, List<String> errors) {
      String text = text(field);
      if (text == null) {
        return null;
      }
      String folded = Labels.fold(text);
      if (List.of("是", "已", "有", "y", "yes", "true").contains(folded)) {
        return true;
      }
      if (List.of("否", "未", "无", "n", "no", "false").contains(folded)) {
        return false;
      }
      errors.add(grid.at(cells.get(field), label + "“" + text + "”应填“是”或“否”"));
      return null;
    }
  }

  /**
   * What reading gave.
   *
   * @param lines the filled rows
   * @param errors every error found so far, each naming file and cell
   */
  public record Table(List<Line> lines, List<String> errors) {}

  /** Reads a file's table; a file that can't be opened or has no header gives only errors. */
  public static Table read(Path file, String fileName, SourceFile kind, long maxExpandedBytes) {
    SheetFiles.Opened opened;
    try {
      opened = SheetFiles.open(file, fileName, maxExpandedBytes);
    } catch (SheetRejectedException e) {
      return new Table(List.of(), e.errors());
    }
    List<String> errors = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    boolean found = false;
    for (Grid grid : opened.grids()) {
      Optional<Integer> header =
          HeaderRows.find(
              grid, h -> kind.column(h).isPresent(), Math.min(3, kind.columns().size()));
      if (header.isEmpty()) {
        continue;
      }
      found = true;
      Map<SourceColumn, Integer> columns = columns(grid, header.get(), kind, errors);
      for (int r = header.get() + 1; r < grid.rows().size(); r++) {
        Map<String, SheetCell> cells = new LinkedHashMap<>();
        boolean filled = false;
        for (Map.Entry<SourceColumn, Integer> column : columns.entrySet()) {
          SheetCell cell = grid.cell(r, column.getValue());
          cells.put(column.getKey().field(), cell);
          filled |= !cell.blank();
        }
        if (!filled || footer(grid, r)) {
          continue;
        }
        Line line = new Line(grid, r, cells);
        requireFilled(line, columns.keySet(), errors);
        lines.add(line);
      }
    }
    if (!found) {
      errors.add(
          fileName
              + "：找不到"
              + kind.title()
              + "的表头（"
              + String.join(
                  "、",
                  kind.columns().stream()
                      .filter(SourceColumn::required)
                      .map(SourceColumn::label)
                      .toList())
              + "）");
    }
    return new Table(lines, errors);
  }

  /** Adds an error naming the cell of each required column the line leaves blank. */
  private static void requireFilled(
      Line line, Iterable<SourceColumn> columns, List<String> errors) {
    for (SourceColumn column : columns) {
      SheetCell cell = line.cells().get(column.field());
      if (column.required() && cell.blank()) {
        errors.add(line.grid().at(cell, "缺少“" + column.label() + "”"));
      }
    }
  }

  /**
   * Reads one row entered in a form (field → text) as a line of a file of that kind, so that it
   * goes through the very checks a file's line does; each cell is named by its column's label, and
   * {@link #byField} gives the errors back by field.
   */
  public static Table form(SourceFile kind, Map<String, String> values) {
    Map<String, SheetCell> cells = new LinkedHashMap<>();
    for (SourceColumn column : kind.columns()) {
      String value = values.get(column.field());
      cells.put(column.field(), SheetCell.text(FORM_REF + column.label(), value));
    }
    Grid grid = new Grid("", null, List.of(List.copyOf(cells.values())));
    Line line = new Line(grid, 0, cells);
    List<String> errors = new ArrayList<>();
    requireFilled(line, kind.columns(), errors);
    return new Table(List.of(line), errors);
  }

  /** Returns the errors of a form's line ({@link #form}) by field, each without its cell's name. */
  public static Map<String, List<String>> byField(SourceFile kind, List<String> errors) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String error : errors) {
      String text = error.strip();
      String field = "";
      for (SourceColumn column : kind.columns()) {
        String prefix = FORM_REF + column.label() + "：";
        if (text.startsWith(prefix)) {
          field = column.field();
          text = text.substring(prefix.length());
          break;
        }
      }
      fields.computeIfAbsent(field, f -> new ArrayList<>()).add(text);
    }
    return fields;
  }

  /** What names a form's cell: the column's label after this mark. */
  private static final String FORM_REF = "栏目·";

  private static Map<SourceColumn, Integer> columns(
      Grid grid, int header, SourceFile kind, List<String> errors) {
    Map<SourceColumn, Integer> columns = new LinkedHashMap<>();
    List<SheetCell> cells = grid.rows().get(header);
    for (int c = 0; c < cells.size(); c++) {
      SheetCell cell = cells.get(c);
      Optional<SourceColumn> column = kind.column(cell.text());
      if (column.isPresent() && columns.putIfAbsent(column.get(), c) != null) {
        errors.add(grid.at(cell, "“" + column.get().label() + "”列出现了两次"));
      }
    }
    for (SourceColumn column : kind.columns()) {
      if (column.required() && !columns.containsKey(column)) {
        errors.add(grid.about("缺少“" + column.label() + "”列"));
      }
    }
    return columns;
  }

  /** Whether a row is a signature or total line below the table (填表人, 审核人, 合计). */
  private static boolean footer(Grid grid, int row) {
    String first =
        grid.rows().get(row).stream()
            .filter(c -> !c.blank())
            .findFirst()
            .map(SheetCell::text)
            .orElse("");
    String folded = Labels.fold(first);
    return folded.startsWith("合计")
        || folded.startsWith("填表人")
        || folded.startsWith("填报人")
        || folded.startsWith("审核人")
        || folded.startsWith("制表");
  }
}
