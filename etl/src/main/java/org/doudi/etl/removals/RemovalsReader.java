package org.doudi.etl.removals;

import java.util.List;
import org.doudi.etl.sheet.SourceTables;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.money.Removal;
import org.doudi.warehouse.money.RemovalKind;

/** Reads a line of a 清退名单 into a filing, collecting every error by cell. */
final class RemovalsReader {

  private RemovalsReader() {}

  static Removal row(SourceTables.Line l, StreetDictionary streets, List<String> errors) {
    String kindText = l.text("kind");
    RemovalKind kind = kindText == null ? null : RemovalKind.parse(kindText).orElse(null);
    if (kindText != null && kind == null) {
      errors.add(
          l.grid().at(l.cells().get("kind"), "清退类型“" + kindText + "”应为 人情保、关系保、政策保 或 三无认定不严"));
    }
    return new Removal(
        l.number(),
        l.street(streets, errors),
        l.integer("rowNo", "序号", errors),
        l.text("name"),
        l.text("idNo"),
        l.text("program"),
        kind,
        l.date("removedDate", "清退日期", errors),
        l.amount("recoveredYuan", "追回资金(元)", errors));
  }
}
