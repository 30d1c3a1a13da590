package org.doudi.etl.payments;

import java.util.List;
import java.util.Optional;
import org.doudi.etl.sheet.FillDates;
import org.doudi.etl.sheet.SheetCell;
import org.doudi.etl.sheet.SourceTables;
import org.doudi.warehouse.dictionary.Labels;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.money.Payment;

/** Reads a line of a 社会救助资金发放台账 into a payment, collecting every error by cell. */
final class PaymentsReader {

  private PaymentsReader() {}

  static Payment row(SourceTables.Line l, StreetDictionary streets, List<String> errors) {
    return new Payment(
        l.number(),
        month(l, errors),
        l.street(streets, errors),
        l.text("recipientName"),
        l.text("recipientIdNo"),
        l.text("program"),
        l.amount("amountYuan", "发放金额(元)", errors),
        l.text("payeeName"),
        l.text("payeeIdNo"),
        l.date("paidDate", "发放日期", errors));
  }

  /** Returns 发放月份 as YYYY-MM: written 2024-09, 2024年9月, 202409 or as a date. */
  private static String month(SourceTables.Line l, List<String> errors) {
    SheetCell cell = l.cells().get("period");
    if (cell == null || cell.blank()) {
      return null;
    }
    String text =
        Labels.foldWidth(cell.text())
            .strip()
            .replace("年", "-")
            .replace("月", "")
            .replace("/", "-")
            .replace(".", "-");
    if (text.matches("\\d{6}")) {
      text = text.substring(0, 4) + "-" + text.substring(4);
    }
    Optional<Period> period = Period.parse(text);
    if (period.isEmpty()) {
      period = FillDates.parse(cell).map(Period::of);
    }
    if (period.isEmpty()) {
      errors.add(l.grid().at(cell, "发放月份“" + cell.text().strip() + "”应写作 YYYY-MM，例如 2024-11"));
      return null;
    }
    return period.get().toString();
  }
}
