package org.doudi.etl.custody;

import java.util.List;
import org.doudi.etl.sheet.SourceTables;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.registry.CardCustody;

/**
 * Reads a line of a 卡折代管登记表 into a custody case, collecting every error by cell: the one row check,
 * used for a file's lines and for a row entered in the register page's form alike.
 */
public final class CustodyReader {

  private CustodyReader() {}

  public static CardCustody row(
      SourceTables.Line l, StreetDictionary streets, List<String> errors) {
    return new CardCustody(
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
        l.date("districtFiledDate", "报区备案日期", errors));
  }
}
