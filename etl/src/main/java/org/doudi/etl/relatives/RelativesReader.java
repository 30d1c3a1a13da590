package org.doudi.etl.relatives;

import java.util.List;
import org.doudi.etl.sheet.SourceTables;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.registry.RelativeFiling;

/**
 * Reads a line of a 近亲属备案登记表 into a filing, collecting every error by cell: the one row check, used
 * for a file's lines and for a row entered in the register page's form alike.
 */
public final class RelativesReader {

  private RelativesReader() {}

  public static RelativeFiling row(
      SourceTables.Line l, StreetDictionary streets, List<String> errors) {
    return new RelativeFiling(
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
        l.yes("keptApart", "档案是否单独存放", errors));
  }
}
