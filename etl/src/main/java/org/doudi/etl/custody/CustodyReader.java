package org.doudi.etl.custody;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doudi.etl.fileload.FileRows;
import org.doudi.etl.sheet.SourceTables;
import org.doudi.warehouse.dictionary.SourceFile;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.registry.CardCustody;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Reads a 卡折代管登记表 into custody cases, collecting every error by cell. */
@Component
class CustodyReader {

  /**
   * What reading one file gave.
   *
   * @param rows the custody cases, empty when any error was found
   * @param errors every error, each naming file and cell
   */
  record Read(List<CardCustody> rows, List<String> errors) implements FileRows<CardCustody> {}

  private final StreetDictionary streets;
  private final long maxExpanded;

  CustodyReader(
      StreetDictionary streets,
      @Value("${doudi.forms.max-expanded-size:100MB}") DataSize maxExpanded) {
    this.streets = streets;
    this.maxExpanded = maxExpanded.toBytes();
  }

  Read read(Path file, String fileName) {
    SourceTables.Table table = SourceTables.read(file, fileName, SourceFile.CUSTODY, maxExpanded);
    List<String> errors = new ArrayList<>(table.errors());
    List<CardCustody> rows = new ArrayList<>();
    for (SourceTables.Line l : table.lines()) {
      rows.add(
          new CardCustody(
              l.number(),
              l.street(streets, errors),
              l.integer("rowNo", "序号", errors),
              l.text("committee"),
              l.text("recipientName"),
              l.text("recipientIdNo"),
              l.text("program"),
              l.text("custodianName"),
              l.text("custodianIdNo"),
              l.text("custodianKind"),
              l.text("relation"),
              l.text("reason"),
              l.yes("consent", "是否经本人或监护人同意", errors),
              l.date("startDate", "代管开始日期", errors),
              l.date("registeredDate", "登记日期", errors),
              l.date("districtFiledDate", "报区备案日期", errors)));
    }
    return errors.isEmpty() ? new Read(rows, List.of()) : new Read(List.of(), errors);
  }
}
