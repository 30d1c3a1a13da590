package org.doudi.etl.relatives;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doudi.etl.fileload.FileRows;
import org.doudi.etl.sheet.SourceTables;
import org.doudi.warehouse.dictionary.SourceFile;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.registry.RelativeFiling;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Reads a 近亲属备案登记表 into filings, collecting every error by cell. */
@Component
class RelativesReader {

  /**
   * What reading one file gave.
   *
   * @param rows the filings, empty when any error was found
   * @param errors every error, each naming file and cell
   */
  record Read(List<RelativeFiling> rows, List<String> errors) implements FileRows<RelativeFiling> {}

  private final StreetDictionary streets;
  private final long maxExpanded;

  RelativesReader(
      StreetDictionary streets,
      @Value("${doudi.forms.max-expanded-size:100MB}") DataSize maxExpanded) {
    this.streets = streets;
    this.maxExpanded = maxExpanded.toBytes();
  }

  Read read(Path file, String fileName) {
    SourceTables.Table table = SourceTables.read(file, fileName, SourceFile.RELATIVES, maxExpanded);
    List<String> errors = new ArrayList<>(table.errors());
    List<RelativeFiling> rows = new ArrayList<>();
    for (SourceTables.Line l : table.lines()) {
      rows.add(
          new RelativeFiling(
              l.number(),
              l.street(streets, errors),
              l.integer("rowNo", "序号", errors),
              l.text("committee"),
              l.text("staffName"),
              l.text("staffIdNo"),
              l.text("staffKind"),
              l.text("staffPosition"),
              l.text("relativeName"),
              l.text("relativeIdNo"),
              l.text("relation"),
              l.text("program"),
              l.date("declaredDate", "申报日期", errors),
              l.date("filedDate", "备案日期", errors),
              l.yes("keptApart", "档案是否单独存放", errors)));
    }
    return errors.isEmpty() ? new Read(rows, List.of()) : new Read(List.of(), errors);
  }
}
