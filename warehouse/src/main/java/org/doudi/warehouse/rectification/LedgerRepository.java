package org.doudi.warehouse.rectification;

import static org.doudi.warehouse.load.RowRejectedException.require;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.load.RowRejectedException;
import org.doudi.warehouse.load.WriteResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one street's 问题整改台账 all or nothing: a row matches the street's item by the product's item
 * number where the file carries it, else by 序号, and updates it (never doubling it); a new row adds
 * an item. Every change is an event naming what changed; a row newly reported 已销号 asks the work
 * team to review the 销号 (待审核).
 */
@Component
public class LedgerRepository {

  static final Set<String> STATUSES = Set.of("整改中", "已整改", "已销号");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  LedgerRepository(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** Writes a ledger's rows for {@code streetCode} (null: the district's own ledger). */
  public WriteResult write(
      StreetAccess scope, String streetCode, List<LedgerRow> rows, Long loadId, String actor) {
    if (!scope.permits(streetCode)) {
      throw new RowRejectedException("只能导入本街镇的整改台账");
    }
    Set<Integer> seen = new HashSet<>();
    for (LedgerRow r : rows) {
      require(r.rowNo(), r.line(), "序号");
      require(r.source(), r.line(), "问题来源");
      require(r.description(), r.line(), "问题描述");
      if (!STATUSES.contains(require(r.status(), r.line(), "整改状态"))) {
        throw new RowRejectedException(
            "第 " + r.line() + " 行：整改状态“" + r.status() + "”应为 整改中、已整改 或 已销号");
      }
      if (!seen.add(r.rowNo())) {
        throw new RowRejectedException("第 " + r.line() + " 行：序号 " + r.rowNo() + " 重复");
      }
    }
    return transaction.execute(
        status -> {
          long added = 0;
          long updated = 0;
          for (LedgerRow r : rows) {
            List<Map<String, Object>> found = existing(streetCode, r);
            if (found.isEmpty()) {
              insert(streetCode, r, loadId, actor);
              added++;
            } else if (update(found.get(0), r, loadId, actor)) {
              updated++;
            }
          }
          return new WriteResult(added, updated);
        });
  }

  private List<Map<String, Object>> existing(String streetCode, LedgerRow r) {
    if (r.itemNo() != null) {
      List<Map<String, Object>> byNumber =
          jdbc.queryForList("SELECT * FROM rectification_record WHERE id = ?", r.itemNo());
      if (byNumber.isEmpty() || !Objects.equals(byNumber.get(0).get("street_code"), streetCode)) {
        throw new RowRejectedException("第 " + r.line() + " 行：整改编号 " + r.itemNo() + " 不是本街镇台账中的问题");
      }
      return byNumber;
    }
    return jdbc.queryForList(
        "SELECT * FROM rectification_record WHERE street_code IS NOT DISTINCT FROM ? AND row_no = ?",
        streetCode,
        r.rowNo());
  }

  private void insert(String streetCode, LedgerRow r, Long loadId, String actor) {
    Long id =
        jdbc.queryForObject(
            "INSERT INTO rectification_record (street_code, row_no, source, problem_type,"
                + " description, department, responsible, measures, due_date, result, status,"
                + " closed_date, review, origin_kind, load_id, created_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'file', ?, ?) RETURNING id",
            Long.class,
            streetCode,
            r.rowNo(),
            r.source(),
            r.problemType(),
            r.description(),
            r.department(),
            r.responsible(),
            r.measures(),
            r.dueDate(),
            r.result(),
            r.status(),
            r.closedDate(),
            "已销号".equals(r.status()) ? "待审核" : null,
            loadId,
            actor);
    jdbc.update(
        "INSERT INTO rectification_event (item_id, actor, action, to_status, note)"
            + " VALUES (?, ?, 'loaded', ?, ?)",
        id,
        actor,
        r.status(),
        "由整改台账导入（序号 " + r.rowNo() + "）");
  }

  private boolean update(Map<String, Object> old, LedgerRow r, Long loadId, String actor) {
    List<String> changes = new ArrayList<>();
    change(changes, "序号", old.get("row_no"), r.rowNo());
    change(changes, "问题来源", old.get("source"), r.source());
    change(changes, "问题类型", old.get("problem_type"), r.problemType());
    change(changes, "问题描述", old.get("description"), r.description());
    change(changes, "责任部门", old.get("department"), r.department());
    change(changes, "责任人", old.get("responsible"), r.responsible());
    change(changes, "整改措施", old.get("measures"), r.measures());
    change(changes, "整改时限", date(old.get("due_date")), r.dueDate());
    change(changes, "整改成效", old.get("result"), r.result());
    change(changes, "整改状态", old.get("status"), r.status());
    change(changes, "销号日期", date(old.get("closed_date")), r.closedDate());
    if (changes.isEmpty()) {
      return false;
    }
    String oldStatus = (String) old.get("status");
    String oldReview = (String) old.get("review");
    String review;
    if ("已销号".equals(r.status())) {
      review = "已销号".equals(oldStatus) ? oldReview : "待审核";
    } else {
      review = "退回".equals(oldReview) ? oldReview : null;
    }
    long id = ((Number) old.get("id")).longValue();
    jdbc.update(
        "UPDATE rectification_record SET row_no = ?, source = ?, problem_type = ?, description = ?,"
            + " department = ?, responsible = ?, measures = ?, due_date = ?, result = ?, status = ?,"
            + " closed_date = ?, review = ?, load_id = ?, updated_at = current_timestamp WHERE id = ?",
        r.rowNo(),
        r.source(),
        r.problemType(),
        r.description(),
        r.department(),
        r.responsible(),
        r.measures(),
        r.dueDate(),
        r.result(),
        r.status(),
        r.closedDate(),
        review,
        loadId,
        id);
    jdbc.update(
        "INSERT INTO rectification_event (item_id, actor, action, from_status, to_status, note)"
            + " VALUES (?, ?, 'updated', ?, ?, ?)",
        id,
        actor,
        oldStatus,
        r.status(),
        "整改台账更新：" + String.join("；", changes));
    return true;
  }

  private static Object date(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : value;
  }

  private static void change(List<String> changes, String label, Object before, Object after) {
    String b = before == null ? "" : before.toString();
    String a = after == null ? "" : after.toString();
    if (!a.equals(b)) {
      changes.add(label + "：" + (b.isEmpty() ? "（空）" : b) + " → " + (a.isEmpty() ? "（空）" : a));
    }
  }
}
