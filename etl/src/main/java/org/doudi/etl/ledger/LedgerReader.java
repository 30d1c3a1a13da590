package org.doudi.etl.ledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doudi.etl.fileload.FileRows;
import org.doudi.etl.fileload.TableFileReader;
import org.doudi.etl.sheet.SourceTables;
import org.doudi.warehouse.dictionary.SourceFile;
import org.doudi.warehouse.dictionary.Street;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.rectification.LedgerRow;
import org.springframework.stereotype.Component;

/** Reads a 问题整改台账 into rectification items, collecting every error by cell. */
@Component
class LedgerReader {

  /**
   * What reading one file gave.
   *
   * @param rows the items, empty when any error was found
   * @param errors every error, each naming file and cell
   * @param streetCode the street whose ledger it is
   */
  record Read(List<LedgerRow> rows, List<String> errors, String streetCode)
      implements FileRows<LedgerRow> {}

  private final StreetDictionary streets;
  private final TableFileReader files;

  LedgerReader(StreetDictionary streets, TableFileReader files) {
    this.streets = streets;
    this.files = files;
  }

  /**
   * Reads a street's ledger; the street is the account's, else the one the file name begins with.
   */
  Read read(Path file, String fileName, String accountStreet) {
    TableFileReader.Rows<LedgerRow> table =
        files.read(file, fileName, SourceFile.LEDGER, LedgerReader::row);
    List<String> errors = new ArrayList<>(table.errors());
    String street = accountStreet == null ? streetOfName(fileName) : accountStreet;
    if (street == null) {
      errors.add(fileName + "：无法确定整改台账所属街镇（文件名应以街镇名开头，例如“万里街道问题整改台账.xlsx”）");
    }
    return errors.isEmpty()
        ? new Read(table.rows(), List.of(), street)
        : new Read(List.of(), errors, street);
  }

  private static LedgerRow row(SourceTables.Line l, StreetDictionary streets, List<String> errors) {
    Integer itemNo = l.integer("itemNo", "整改编号", errors);
    return new LedgerRow(
        l.number(),
        l.integer("rowNo", "序号", errors),
        itemNo == null ? null : itemNo.longValue(),
        l.text("source"),
        l.text("problemType"),
        l.text("description"),
        l.text("department"),
        l.text("responsible"),
        l.text("measures"),
        l.date("dueDate", "整改时限", errors),
        l.text("result"),
        l.text("status"),
        l.date("closedDate", "销号日期", errors));
  }

  private String streetOfName(String fileName) {
    return streets.all().stream()
        .filter(s -> fileName.startsWith(s.name()))
        .max(Comparator.comparingInt(s -> s.name().length()))
        .map(Street::code)
        .orElse(null);
  }
}
