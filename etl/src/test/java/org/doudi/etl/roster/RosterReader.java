package org.doudi.etl.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doudi.etl.fileload.StagedFile;
import org.doudi.etl.sheet.Grid;
import org.doudi.etl.sheet.HeaderRows;
import org.doudi.etl.sheet.SheetCell;
import org.doudi.etl.sheet.SheetFiles;
import org.doudi.etl.sheet.SheetRejectedException;
import org.doudi.warehouse.dictionary.Labels;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Reads a register: finds its header by labels, then one row per person. */
class RosterReader implements ItemProcessor<StagedFile, RosterReader.Read> {

  /** The register's columns, by their label. */
  enum Column {
    NAME("姓名"),
    RELATION("关系"),
    STREET("所属街镇"),
    MONTH("备案月份");

    final String label;

    Column(String label) {
      this.label = label;
    }

    static Optional<Column> of(String text) {
      for (Column column : values()) {
        if (Labels.fold(text).equals(Labels.fold(column.label))) {
          return Optional.of(column);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * One person of the register.
   *
   * @param name 姓名
   * @param relation 关系
   * @param streetCode the street
   * @param period 备案月份
   */
  record Entry(String name, String relation, String streetCode, Period period) {}

  /**
   * A file with its entries or errors.
   *
   * @param file the staged file
   * @param entries the entries, empty when any error was found
   * @param errors every error, each naming file and cell
   */
  record Read(StagedFile file, List<Entry> entries, List<String> errors) {}

  private final StreetDictionary streets;

  RosterReader(StreetDictionary streets) {
    this.streets = streets;
  }

  @Override
  public Read process(StagedFile file) {
    Grid grid;
    try {
      grid = SheetFiles.open(file.path(), file.fileName(), 1 << 20).grids().get(0);
    } catch (SheetRejectedException e) {
      return new Read(file, List.of(), e.errors());
    }
    Optional<Integer> header =
        HeaderRows.find(grid, text -> Column.of(text).isPresent(), Column.values().length);
    if (header.isEmpty()) {
      return new Read(file, List.of(), List.of(grid.about("找不到表头（姓名、关系、所属街镇、备案月份）")));
    }
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    List<SheetCell> labels = grid.rows().get(header.get());
    for (int c = 0; c < labels.size(); c++) {
      int column = c;
      Column.of(labels.get(c).text()).ifPresent(found -> columns.put(found, column));
    }
    List<Entry> entries = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (int r = header.get() + 1; r < grid.rows().size(); r++) {
      if (grid.blankRow(r)) {
        continue;
      }
      SheetCell street = grid.cell(r, columns.get(Column.STREET));
      SheetCell month = grid.cell(r, columns.get(Column.MONTH));
      String code = streets.resolve(street.text()).map(s -> s.code()).orElse(null);
      Period period = Period.parse(month.text()).orElse(null);
      if (code == null) {
        errors.add(grid.at(street, "街镇“" + street.text() + "”不是本区的街镇"));
      }
      if (period == null) {
        errors.add(grid.at(month, "备案月份“" + month.text() + "”无法识别"));
      }
      entries.add(
          new Entry(
              grid.cell(r, columns.get(Column.NAME)).text(),
              grid.cell(r, columns.get(Column.RELATION)).text(),
              code,
              period));
    }
    return errors.isEmpty()
        ? new Read(file, entries, List.of())
        : new Read(file, List.of(), errors);
  }
}
