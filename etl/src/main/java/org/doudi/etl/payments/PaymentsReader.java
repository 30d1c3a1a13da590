package org.doudi.etl.payments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doudi.etl.fileload.FileRows;
import org.doudi.etl.sheet.FillDates;
import org.doudi.etl.sheet.SheetCell;
import org.doudi.etl.sheet.SourceTables;
import org.doudi.warehouse.dictionary.Labels;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.SourceFile;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.money.Payment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Reads a 社会救助资金发放台账 into filings, collecting every error by cell. */
@Component
class PaymentsReader {

  /**
   * What reading one file gave.
   *
   * @param rows the filings, empty when any error was found
   * @param errors every error, each naming file and cell
   */
  record Read(List<Payment> rows, List<String> errors) implements FileRows<Payment> {}

  private final StreetDictionary streets;
  private final long maxExpanded;

  PaymentsReader(
      StreetDictionary streets,
      @Value("${doudi.forms.max-expanded-size:100MB}") DataSize maxExpanded) {
    this.streets = streets;
    this.maxExpanded = maxExpanded.toBytes();
  }

  Read read(Path file, String fileName) {
    SourceTables.Table table = SourceTables.read(file, fileName, SourceFile.PAYMENTS, maxExpanded);
    List<String> errors = new ArrayList<>(table.errors());
    List<Payment> rows = new ArrayList<>();
    for (SourceTables.Line l : table.lines()) {
      rows.add(
          new Payment(
              l.number(),
              month(l, errors),
              l.street(streets, errors),
              l.text("recipientName"),
              l.text("recipientIdNo"),
              l.text("program"),
              l.amount("amountYuan", "发放金额(元)", errors),
              l.text("payeeName"),
              l.text("payeeIdNo"),
              l.date("paidDate", "发放日期", errors)));
    }
    return errors.isEmpty() ? new Read(rows, List.of()) : new Read(List.of(), errors);
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
