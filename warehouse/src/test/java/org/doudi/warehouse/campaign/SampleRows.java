package org.doudi.warehouse.campaign;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doudi.warehouse.campaign.SampleSheet.Line;
import org.doudi.warehouse.dictionary.SourceFile;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.money.Payment;
import org.doudi.warehouse.money.Removal;
import org.doudi.warehouse.money.RemovalKind;
import org.doudi.warehouse.rectification.LedgerRow;
import org.doudi.warehouse.registry.CardCustody;
import org.doudi.warehouse.registry.RelativeFiling;
import org.springframework.core.io.Resource;

/** Turns the sample files' lines into the rows the warehouse's writers take, as a loader would. */
final class SampleRows {

  private static final Pattern DATE =
      Pattern.compile("(\\d{4})\\s*[-/年.]\\s*(\\d{1,2})\\s*[-/月.]\\s*(\\d{1,2})\\s*日?");

  private final StreetDictionary streets;

  SampleRows(StreetDictionary streets) {
    this.streets = streets;
  }

  List<RelativeFiling> relatives(Resource file) throws IOException {
    List<RelativeFiling> rows = new ArrayList<>();
    for (Line l : SampleSheet.read(file, SourceFile.RELATIVES)) {
      rows.add(
          new RelativeFiling(
              l.line(),
              street(l.get("street")),
              integer(l.get("rowNo")),
              l.get("committee"),
              l.get("staffName"),
              l.get("staffIdNo"),
              l.get("staffKind"),
              l.get("staffPosition"),
              l.get("relativeName"),
              l.get("relativeIdNo"),
              l.get("relation"),
              l.get("program"),
              date(l.get("declaredDate")),
              date(l.get("filedDate")),
              yes(l.get("keptApart"))));
    }
    return rows;
  }

  List<CardCustody> custody(Resource file) throws IOException {
    List<CardCustody> rows = new ArrayList<>();
    for (Line l : SampleSheet.read(file, SourceFile.CUSTODY)) {
      rows.add(
          new CardCustody(
              l.line(),
              street(l.get("street")),
              integer(l.get("rowNo")),
              l.get("committee"),
              l.get("recipientName"),
              l.get("recipientIdNo"),
              l.get("program"),
              l.get("custodianName"),
              l.get("custodianIdNo"),
              l.get("custodianKind"),
              l.get("relation"),
              l.get("reason"),
              yes(l.get("consent")),
              date(l.get("startDate")),
              date(l.get("registeredDate")),
              date(l.get("districtFiledDate"))));
    }
    return rows;
  }

  List<Removal> removals(Resource file) throws IOException {
    List<Removal> rows = new ArrayList<>();
    for (Line l : SampleSheet.read(file, SourceFile.REMOVALS)) {
      rows.add(
          new Removal(
              l.line(),
              street(l.get("street")),
              integer(l.get("rowNo")),
              l.get("name"),
              l.get("idNo"),
              l.get("program"),
              RemovalKind.parse(l.get("kind")).orElseThrow(),
              date(l.get("removedDate")),
              money(l.get("recoveredYuan"))));
    }
    return rows;
  }

  List<Payment> payments(Resource file) throws IOException {
    List<Payment> rows = new ArrayList<>();
    for (Line l : SampleSheet.read(file, SourceFile.PAYMENTS)) {
      rows.add(
          new Payment(
              l.line(),
              l.get("period"),
              street(l.get("street")),
              l.get("recipientName"),
              l.get("recipientIdNo"),
              l.get("program"),
              money(l.get("amountYuan")),
              l.get("payeeName"),
              l.get("payeeIdNo"),
              date(l.get("paidDate"))));
    }
    return rows;
  }

  List<LedgerRow> ledger(Resource file) throws IOException {
    List<LedgerRow> rows = new ArrayList<>();
    for (Line l : SampleSheet.read(file, SourceFile.LEDGER)) {
      rows.add(
          new LedgerRow(
              l.line(),
              integer(l.get("rowNo")),
              l.get("itemNo") == null ? null : Long.valueOf(l.get("itemNo")),
              l.get("source"),
              l.get("problemType"),
              l.get("description"),
              l.get("department"),
              l.get("responsible"),
              l.get("measures"),
              date(l.get("dueDate")),
              l.get("result"),
              l.get("status"),
              date(l.get("closedDate"))));
    }
    return rows;
  }

  /** Returns the street a ledger file belongs to, from its name (万里街道问题整改台账.xlsx). */
  String streetOfFileName(Resource file) {
    return streets.all().stream()
        .filter(s -> file.getFilename().startsWith(s.name()))
        .findFirst()
        .orElseThrow()
        .code();
  }

  private String street(String text) {
    return text == null
        ? null
        : streets.resolve(text).orElseThrow(() -> new IllegalStateException(text)).code();
  }

  static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      throw new IllegalStateException("not a date: " + text);
    }
    return LocalDate.of(
        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  private static Integer integer(String text) {
    return text == null ? null : Integer.valueOf(text.replaceAll("\\.0$", ""));
  }

  private static Boolean yes(String text) {
    return text == null ? null : "是".equals(text);
  }

  private static BigDecimal money(String text) {
    return text == null ? null : new BigDecimal(text.replace(",", ""));
  }
}
