package org.doudi.etl.removals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doudi.etl.fileload.FileRows;
import org.doudi.etl.sheet.SourceTables;
import org.doudi.warehouse.dictionary.SourceFile;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.money.Removal;
import org.doudi.warehouse.money.RemovalKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Reads a 清退名单 into filings, collecting every error by cell. */
@Component
class RemovalsReader {

  /**
   * What reading one file gave.
   *
   * @param rows the filings, empty when any error was found
   * @param errors every error, each naming file and cell
   */
  record Read(List<Removal> rows, List<String> errors) implements FileRows<Removal> {}

  private final StreetDictionary streets;
  private final long maxExpanded;

  RemovalsReader(
      StreetDictionary streets,
      @Value("${doudi.forms.max-expanded-size:100MB}") DataSize maxExpanded) {
    this.streets = streets;
    this.maxExpanded = maxExpanded.toBytes();
  }

  Read read(Path file, String fileName) {
    SourceTables.Table table = SourceTables.read(file, fileName, SourceFile.REMOVALS, maxExpanded);
    List<String> errors = new ArrayList<>(table.errors());
    List<Removal> rows = new ArrayList<>();
    for (SourceTables.Line l : table.lines()) {
      String kindText = l.text("kind");
      RemovalKind kind = kindText == null ? null : RemovalKind.parse(kindText).orElse(null);
      if (kindText != null && kind == null) {
        errors.add(
            l.grid().at(l.cells().get("kind"), "清退类型“" + kindText + "”应为 人情保、关系保、政策保 或 三无认定不严"));
      }
      rows.add(
          new Removal(
              l.number(),
              l.street(streets, errors),
              l.integer("rowNo", "序号", errors),
              l.text("name"),
              l.text("idNo"),
              l.text("program"),
              kind,
              l.date("removedDate", "清退日期", errors),
              l.amount("recoveredYuan", "追回资金(元)", errors)));
    }
    return errors.isEmpty() ? new Read(rows, List.of()) : new Read(List.of(), errors);
  }
}
