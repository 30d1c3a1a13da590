package org.doudi.warehouse.money;

import static org.doudi.warehouse.load.RowRejectedException.require;

import java.math.BigDecimal;
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
 * Writes the rows of one 清退名单 all or nothing: the person masked and hashed, a removal found again
 * (same person, same 清退日期) updated in place.
 */
@Component
public class RemovalRepository {

  private final JdbcTemplate jdbc;
  private final BulkRows bulk;
  private final TransactionTemplate transaction;
  private final PersonalDataKeys keys;

  RemovalRepository(
      JdbcTemplate jdbc, PlatformTransactionManager transactionManager, PersonalDataKeys keys) {
    this.jdbc = jdbc;
    this.bulk = new BulkRows(jdbc);
    this.transaction = new TransactionTemplate(transactionManager);
    this.keys = keys;
  }

  /** Writes a removal list's rows; a street's account may write its own street's rows only. */
  public WriteResult write(StreetAccess scope, List<Removal> rows, Long loadId, String actor) {
    for (Removal r : rows) {
      if (!scope.permits(r.streetCode())) {
        throw new RowRejectedException("第 " + r.line() + " 行：只能导入本街镇的数据，该行属于其他街镇");
      }
      require(r.streetCode(), r.line(), "街镇");
      require(r.name(), r.line(), "姓名");
      require(r.idNo(), r.line(), "身份证号");
      require(r.kind(), r.line(), "清退类型");
      require(r.removedDate(), r.line(), "清退日期");
    }
    return transaction.execute(
        status -> {
          BulkRows.statements("campaign/removal_stage.sql").forEach(jdbc::execute);
          bulk.append(
              "temp",
              "removal_incoming",
              sink -> {
                for (Removal r : rows) {
                  MaskedPerson person = keys.person(r.name(), r.idNo());
                  sink.append(
                      r.streetCode(),
                      r.rowNo(),
                      person.nameMasked(),
                      person.idMasked(),
                      person.key(),
                      r.program(),
                      r.kind().key(),
                      r.removedDate(),
                      r.recoveredYuan() == null ? BigDecimal.ZERO : r.recoveredYuan(),
                      keys.sealOrNull(
                          "removal:" + person.key() + ":" + r.removedDate(),
                          r.name(),
                          PersonalDataKeys.normalizeId(r.idNo())),
                      loadId,
                      r.line());
                }
              });
          List<String> statements = BulkRows.statements("campaign/removal_write.sql");
          jdbc.execute(statements.get(0));
          int updated = jdbc.update(statements.get(1), actor);
          int added = jdbc.update(statements.get(2), actor);
          return new WriteResult(added, updated);
        });
  }
}
