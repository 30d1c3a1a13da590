package org.doudi.warehouse.money;

import static org.doudi.warehouse.load.RowRejectedException.require;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.doudi.warehouse.BulkRows;
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
 * Writes the rows of one disbursement ledger all or nothing, at bulk speed (tens of thousands of
 * rows a month): each street-month the file holds replaces that month's earlier rows, and the rows
 * go straight into {@code payment_record} through DuckDB's Appender, masked and hashed in Java on
 * the way.
 */
@Component
public class PaymentRepository {

  private final JdbcTemplate jdbc;
  private final BulkRows bulk;
  private final TransactionTemplate transaction;
  private final PersonalDataKeys keys;

  PaymentRepository(
      JdbcTemplate jdbc, PlatformTransactionManager transactionManager, PersonalDataKeys keys) {
    this.jdbc = jdbc;
    this.bulk = new BulkRows(jdbc);
    this.transaction = new TransactionTemplate(transactionManager);
    this.keys = keys;
  }

  /**
   * Writes a ledger's rows; {@link WriteResult#updated()} counts the earlier rows of the replaced
   * street-months. The fund platform's ledger is loaded by the work team (all streets); a street's
   * account may write its own street's rows only.
   */
  public WriteResult write(StreetAccess scope, List<Payment> rows, Long loadId, String actor) {
    Set<List<String>> months = new LinkedHashSet<>();
    for (Payment p : rows) {
      if (!scope.permits(p.streetCode())) {
        throw new RowRejectedException("第 " + p.line() + " 行：只能导入本街镇的数据，该行属于其他街镇");
      }
      require(p.streetCode(), p.line(), "街镇");
      require(p.recipientName(), p.line(), "救助对象姓名");
      require(p.recipientIdNo(), p.line(), "身份证号");
      require(p.program(), p.line(), "救助项目");
      require(p.amountYuan(), p.line(), "发放金额(元)");
      if (Period.parse(require(p.period(), p.line(), "发放月份")).isEmpty()) {
        throw new RowRejectedException("第 " + p.line() + " 行：发放月份“" + p.period() + "”不是 YYYY-MM");
      }
      months.add(List.of(p.streetCode(), p.period()));
    }
    return transaction.execute(
        status -> {
          String delete = BulkRows.statements("campaign/payment_write.sql").get(0);
          int replaced = 0;
          for (List<String> month : months) {
            replaced += jdbc.update(delete, month.get(0), month.get(1));
          }
          long added =
              bulk.append(
                  currentCatalog(),
                  "payment_record",
                  sink -> {
                    for (Payment p : rows) {
                      MaskedPerson recipient = keys.person(p.recipientName(), p.recipientIdNo());
                      boolean toRecipient = p.payeeIdNo() == null || p.payeeIdNo().isBlank();
                      MaskedPerson payee =
                          toRecipient ? recipient : keys.person(p.payeeName(), p.payeeIdNo());
                      sink.append(
                          p.streetCode(),
                          p.period(),
                          recipient.nameMasked(),
                          recipient.idMasked(),
                          recipient.key(),
                          p.program(),
                          p.amountYuan(),
                          p.payeeName() == null
                              ? payee.nameMasked()
                              : PersonalDataKeys.maskName(p.payeeName()),
                          payee.idMasked(),
                          payee.key(),
                          p.paidDate(),
                          keys.sealOrNull(
                              "payment:" + p.period() + ":" + recipient.key(),
                              p.recipientName(),
                              PersonalDataKeys.normalizeId(p.recipientIdNo()),
                              p.payeeName(),
                              PersonalDataKeys.normalizeId(p.payeeIdNo())),
                          loadId,
                          p.line());
                    }
                  });
          return new WriteResult(added, replaced);
        });
  }

  private String currentCatalog() {
    return jdbc.queryForObject("SELECT current_database()", String.class);
  }
}
