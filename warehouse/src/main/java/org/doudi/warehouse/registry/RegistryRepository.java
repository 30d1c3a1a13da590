package org.doudi.warehouse.registry;

import static org.doudi.warehouse.load.RowRejectedException.require;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.BulkRows;
import org.doudi.warehouse.Page;
import org.doudi.warehouse.dictionary.Period;
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
 * (same recipient and custodian) updated in place; and reads the registers' counts within a
 * caller's street scope.
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

  static void requireInScope(StreetAccess scope, String street, int line) {
    if (street != null && !scope.permits(street)) {
      throw new RowRejectedException("第 " + line + " 行：只能导入本街镇的登记表，该行属于其他街镇");
    }
  }

  /** Returns a page of the filings in the scope, of one month (备案日期) or all, by street and 序号. */
  public Page<RegisterRow> relatives(StreetAccess scope, Period period, int limit, long offset) {
    return page(
        "SELECT filing_id, street_code, street_name, row_no, committee, staff_name_masked,"
            + " staff_id_masked, staff_kind, relative_name_masked, relative_id_masked, relation,"
            + " program, filed_date, kept_apart, NULL FROM relative_filing",
        scope,
        period,
        limit,
        offset);
  }

  /** Returns a page of the custody cases in the scope, of one month (登记日期) or all. */
  public Page<RegisterRow> custody(StreetAccess scope, Period period, int limit, long offset) {
    return page(
        "SELECT custody_id, street_code, street_name, row_no, committee, recipient_name_masked,"
            + " recipient_id_masked, custodian_kind, custodian_name_masked, custodian_id_masked,"
            + " relation, program, registered_date, consent, district_filed_date FROM card_custody",
        scope,
        period,
        limit,
        offset);
  }

  private Page<RegisterRow> page(
      String select, StreetAccess scope, Period period, int limit, long offset) {
    String where =
        " WHERE "
            + scope.condition("street_code")
            + " AND (CAST(? AS VARCHAR) IS NULL OR period = ?)";
    String p = period == null ? null : period.toString();
    Object[] args = {scope.streetCode(), scope.streetCode(), p, p};
    Long total =
        jdbc.queryForObject("SELECT count(*) FROM (" + select + where + ")", Long.class, args);
    List<RegisterRow> rows =
        jdbc.query(
            select
                + where
                + " ORDER BY street_code, row_no, 1 LIMIT "
                + limit
                + " OFFSET "
                + offset,
            (rs, i) ->
                new RegisterRow(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    (Integer) rs.getObject(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getString(12),
                    rs.getObject(13, LocalDate.class),
                    (Boolean) rs.getObject(14),
                    rs.getObject(15, LocalDate.class)),
            args);
    return new Page<>(rows, total == null ? 0 : total);
  }

  /** Runs a write script (temp view, update, insert) and counts what it did. */
  private WriteResult upsert(String script, String actor) {
    List<String> statements = BulkRows.statements(script);
    jdbc.execute(statements.get(0));
    int updated = jdbc.update(statements.get(1), actor);
    int added = jdbc.update(statements.get(2), actor);
    return new WriteResult(added, updated);
  }

  /** Returns the filings per month (备案日期) within the scope, keyed {@code YYYY-MM|street_code}. */
  public Map<String, Long> relativeFilingsByMonth(StreetAccess scope) {
    return countBy("relative_filing", scope);
  }

  /** Returns the custody cases per month (登记日期) within the scope, as for filings. */
  public Map<String, Long> custodyCasesByMonth(StreetAccess scope) {
    return countBy("card_custody", scope);
  }

  private Map<String, Long> countBy(String view, StreetAccess scope) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    jdbc.query(
        "SELECT period || '|' || street_code, count(*) FROM "
            + view
            + " WHERE "
            + scope.condition("street_code")
            + " GROUP BY ALL",
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        },
        scope.streetCode(),
        scope.streetCode());
    return counts;
  }
}
