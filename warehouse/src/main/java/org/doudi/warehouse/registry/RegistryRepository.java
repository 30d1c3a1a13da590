package org.doudi.warehouse.registry;

import static org.doudi.warehouse.load.RowRejectedException.require;

import java.util.List;
import org.doudi.warehouse.BulkRows;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.load.RowRejectedException;
import org.doudi.warehouse.load.WriteResult;
import org.doudi.warehouse.personal.MaskedPerson;
import org.doudi.warehouse.personal.PersonalDataKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the rows of one register file (or one row entered in a form) all or nothing: people masked
 * and hashed, a filing found again (same street, staff and relative) or a custody case found again
 * (same recipient and custodian) updated in place. {@link RegisterQueries} reads them.
 */
@Component
public class RegistryRepository {

  private final JdbcTemplate jdbc;
  private final BulkRows bulk;
  private final TransactionTemplate transaction;
  private final PersonalDataKeys keys;

  RegistryRepository(
      JdbcTemplate jdbc, PlatformTransactionManager transactionManager, PersonalDataKeys keys) {
    this.jdbc = jdbc;
    this.bulk = new BulkRows(jdbc);
    this.transaction = new TransactionTemplate(transactionManager);
    this.keys = keys;
  }

  /**
   * Writes a 近亲属备案登记表's rows; {@code loadId} null for rows entered by hand. A street's account
   * ({@code scope} of one street) may write its own street's rows only.
   */
  public WriteResult writeRelatives(
      StreetAccess scope, List<RelativeFiling> rows, Long loadId, String actor) {
    for (RelativeFiling r : rows) {
      requireInScope(scope, r.streetCode(), r.line());
      require(r.streetCode(), r.line(), "街镇");
      require(r.staffName(), r.line(), "工作人员姓名");
      require(r.staffIdNo(), r.line(), "工作人员身份证号");
      require(r.staffKind(), r.line(), "人员类别");
      require(r.relativeName(), r.line(), "近亲属姓名");
      require(r.relativeIdNo(), r.line(), "近亲属身份证号");
      require(r.filedDate(), r.line(), "备案日期");
    }
    return transaction.execute(
        status -> {
          BulkRows.statements("campaign/relative_filing_stage.sql").forEach(jdbc::execute);
          bulk.append(
              "temp",
              "relative_filing_incoming",
              sink -> {
                for (RelativeFiling r : rows) {
                  MaskedPerson staff = keys.person(r.staffName(), r.staffIdNo());
                  MaskedPerson relative = keys.person(r.relativeName(), r.relativeIdNo());
                  sink.append(
                      r.streetCode(),
                      r.rowNo(),
                      r.committee(),
                      staff.nameMasked(),
                      staff.idMasked(),
                      staff.key(),
                      r.staffKind(),
                      r.staffPosition(),
                      relative.nameMasked(),
                      relative.idMasked(),
                      relative.key(),
                      r.relation(),
                      r.program(),
                      r.declaredDate(),
                      r.filedDate(),
                      r.keptApart(),
                      keys.sealOrNull(
                          "relative:" + staff.key() + ":" + relative.key(),
                          r.staffName(),
                          PersonalDataKeys.normalizeId(r.staffIdNo()),
                          r.relativeName(),
                          PersonalDataKeys.normalizeId(r.relativeIdNo())),
                      loadId,
                      r.line());
                }
              });
          return upsert("campaign/relative_filing_write.sql", actor);
        });
  }

  /** Writes a 卡折代管登记表's rows, within the scope as {@link #writeRelatives}. */
  public WriteResult writeCustody(
      StreetAccess scope, List<CardCustody> rows, Long loadId, String actor) {
    for (CardCustody r : rows) {
      requireInScope(scope, r.streetCode(), r.line());
      require(r.streetCode(), r.line(), "街镇");
      require(r.recipientName(), r.line(), "救助对象姓名");
      require(r.recipientIdNo(), r.line(), "救助对象身份证号");
      require(r.custodianName(), r.line(), "代管人姓名");
      require(r.custodianIdNo(), r.line(), "代管人身份证号");
      require(r.custodianKind(), r.line(), "代管人身份");
      require(r.registeredDate(), r.line(), "登记日期");
    }
    return transaction.execute(
        status -> {
          BulkRows.statements("campaign/card_custody_stage.sql").forEach(jdbc::execute);
          bulk.append(
              "temp",
              "card_custody_incoming",
              sink -> {
                for (CardCustody r : rows) {
                  MaskedPerson recipient = keys.person(r.recipientName(), r.recipientIdNo());
                  MaskedPerson custodian = keys.person(r.custodianName(), r.custodianIdNo());
                  sink.append(
                      r.streetCode(),
                      r.rowNo(),
                      r.committee(),
                      recipient.nameMasked(),
                      recipient.idMasked(),
                      recipient.key(),
                      r.program(),
                      custodian.nameMasked(),
                      custodian.idMasked(),
                      custodian.key(),
                      r.custodianKind(),
                      r.relation(),
                      r.reason(),
                      r.consent(),
                      r.startDate(),
                      r.registeredDate(),
                      r.districtFiledDate(),
                      keys.sealOrNull(
                          "custody:" + recipient.key() + ":" + custodian.key(),
                          r.recipientName(),
                          PersonalDataKeys.normalizeId(r.recipientIdNo()),
                          r.custodianName(),
                          PersonalDataKeys.normalizeId(r.custodianIdNo())),
                      loadId,
                      r.line());
                }
              });
          return upsert("campaign/card_custody_write.sql", actor);
        });
  }

  /**
   * Replaces one filing (the row {@code id}, within the scope) by the row entered in its form, in
   * one transaction: the old row goes, the new one is written as a file's row would be (so that it
   * updates the filing of the same staff and relative if there is one).
   */
  public WriteResult replaceRelative(
      StreetAccess scope, long id, RelativeFiling row, String actor) {
    return transaction.execute(
        status -> {
          remove("relative_filing_record", scope, id);
          return writeRelatives(scope, List.of(row), null, actor);
        });
  }

  /** Replaces one custody case as {@link #replaceRelative} does a filing. */
  public WriteResult replaceCustody(StreetAccess scope, long id, CardCustody row, String actor) {
    return transaction.execute(
        status -> {
          remove("card_custody_record", scope, id);
          return writeCustody(scope, List.of(row), null, actor);
        });
  }

  private void remove(String table, StreetAccess scope, long id) {
    int removed =
        jdbc.update(
            "DELETE FROM " + table + " WHERE id = ? AND " + scope.condition("street_code"),
            id,
            scope.streetCode(),
            scope.streetCode());
    if (removed == 0) {
      throw new RowRejectedException("这一行登记不存在，或不属于本街镇");
    }
  }

  static void requireInScope(StreetAccess scope, String street, int line) {
    if (street != null && !scope.permits(street)) {
      throw new RowRejectedException("第 " + line + " 行：只能导入本街镇的登记表，该行属于其他街镇");
    }
  }

  /** Runs a write script (temp view, update, insert) and counts what it did. */
  private WriteResult upsert(String script, String actor) {
    List<String> statements = BulkRows.statements(script);
    jdbc.execute(statements.get(0));
    int updated = jdbc.update(statements.get(1), actor);
    int added = jdbc.update(statements.get(2), actor);
    return new WriteResult(added, updated);
  }
}
