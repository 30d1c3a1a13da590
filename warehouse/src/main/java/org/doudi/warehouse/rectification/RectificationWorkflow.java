package org.doudi.warehouse.rectification;

import java.time.Clock;
import java.time.LocalDate;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves problem-list items through the ledger: created (by hand, or from a finding, a real-name
 * complaint or a clue, the source kept with the item) 整改中 → 已整改 (整改成效 and an evidence file) → 销号
 * requested (已销号, 待审核) → accepted (已确认) or returned (退回, with a reason, back to 已整改). Every change
 * is an event. A street's account works within its street only; accepting and returning a 销号 is the
 * district work team's, so it needs the all-streets scope.
 */
@Component
public class RectificationWorkflow {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final RectificationQueries queries;
  private final FileKeeper files;
  private final Clock clock;

  RectificationWorkflow(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      RectificationQueries queries,
      FileKeeper files,
      Clock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.queries = queries;
    this.files = files;
    this.clock = clock;
  }

  /**
   * Changes the plan of an item (责任部门, 责任人, 整改措施, 整改时限) while it is 整改中 or its 销号 was returned; an
   * item reported done or closed keeps the plan it was judged against.
   */
  public void revise(
      StreetAccess scope,
      long itemNo,
      String department,
      String responsible,
      String measures,
      LocalDate dueDate,
      String actor) {
    transaction.executeWithoutResult(
        status -> {
          RectificationItem item = queries.require(scope, itemNo);
          if (!"整改中".equals(item.status()) && !"退回".equals(item.review())) {
            throw new RectificationException(
                "问题 " + itemNo + " 当前为“" + item.status() + "”，只有整改中或销号被退回的问题可以修改整改计划");
          }
          StringBuilder changes = new StringBuilder();
          change(changes, "责任部门", item.department(), blankToNull(department));
          change(changes, "责任人", item.responsible(), blankToNull(responsible));
          change(changes, "整改措施", item.measures(), blankToNull(measures));
          change(
              changes,
              "整改时限",
              item.dueDate() == null ? null : item.dueDate().toString(),
              dueDate == null ? null : dueDate.toString());
          if (changes.isEmpty()) {
            throw new RectificationException("整改计划没有改动");
          }
          jdbc.update(
              "UPDATE rectification_record SET department = ?, responsible = ?, measures = ?,"
                  + " due_date = ?, updated_at = current_timestamp WHERE id = ?",
              blankToNull(department),
              blankToNull(responsible),
              blankToNull(measures),
              dueDate,
              itemNo);
          event(itemNo, actor, "updated", item.status(), item.status(), changes.toString());
        });
  }

  private static void change(StringBuilder changes, String label, String before, String after) {
    if (!java.util.Objects.equals(before, after)) {
      changes
          .append(changes.isEmpty() ? "" : "；")
          .append(label)
          .append("：")
          .append(before == null ? "（空）" : before)
          .append(" → ")
          .append(after == null ? "（空）" : after);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Records the rectification done: 整改成效 and its evidence file; the item becomes 已整改. */
  public void rectified(
      StreetAccess scope,
      long itemNo,
      String result,
      String fileName,
      byte[] evidence,
      String actor) {
    if (result == null || result.isBlank()) {
      throw new RectificationException("请填写整改成效");
    }
    transaction.executeWithoutResult(
        status -> {
          RectificationItem item = queries.require(scope, itemNo);
          if ("已销号".equals(item.status())) {
            throw new RectificationException("问题 " + itemNo + " 已申请销号，不能再修改整改成效");
          }
          jdbc.update(
              "UPDATE rectification_record SET result = ?, status = '已整改', updated_at = current_timestamp"
                  + " WHERE id = ?",
              result.strip(),
              itemNo);
          event(itemNo, actor, "rectified", item.status(), "已整改", "整改成效：" + result.strip());
          if (evidence != null) {
            addEvidence(queries.require(scope, itemNo), fileName, evidence, actor);
          }
        });
  }

  /** Attaches one more evidence file to an item of the caller's scope. */
  public StoredFile attachEvidence(
      StreetAccess scope, long itemNo, String fileName, byte[] bytes, String actor) {
    return transaction.execute(
        status -> addEvidence(queries.require(scope, itemNo), fileName, bytes, actor));
  }

  private StoredFile addEvidence(
      RectificationItem item, String fileName, byte[] bytes, String actor) {
    String type = FileKeeper.contentType(fileName, bytes);
    Long id = jdbc.queryForObject("SELECT nextval('evidence_file_id')", Long.class);
    String path = files.keep("evidence/" + item.itemNo(), id, fileName, bytes);
    jdbc.update(
        "INSERT INTO evidence_file (id, item_id, file_name, content_type, size_bytes, sha256,"
            + " stored_path, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        item.itemNo(),
        fileName,
        type,
        (long) bytes.length,
        FileKeeper.sha256(bytes),
        path,
        actor);
    event(item.itemNo(), actor, "evidence", item.status(), item.status(), "上传佐证材料：" + fileName);
    return queries.evidence(item.itemNo()).stream()
        .filter(f -> f.id() == id)
        .findFirst()
        .orElseThrow();
  }

  /** Asks for the item to be closed (销号) as of today; the work team reviews it (待审核). */
  public void requestClosure(StreetAccess scope, long itemNo, String actor) {
    transaction.executeWithoutResult(
        status -> {
          RectificationItem item = requireStatus(scope, itemNo, "已整改", "申请销号");
          if (queries.evidence(itemNo).isEmpty()) {
            throw new RectificationException("问题 " + itemNo + " 尚无佐证材料，不能申请销号");
          }
          jdbc.update(
              "UPDATE rectification_record SET status = '已销号', closed_date = ?, review = '待审核',"
                  + " review_reason = NULL, updated_at = current_timestamp WHERE id = ?",
              LocalDate.now(clock),
              itemNo);
          event(itemNo, actor, "closure_requested", item.status(), "已销号", "申请销号，待区工作专班审核");
        });
  }

  /** Accepts a requested 销号 (work team only): the item is closed for good (已确认). */
  public void accept(StreetAccess scope, long itemNo, String actor) {
    review(scope, itemNo, actor, true, null);
  }

  /** Returns a requested 销号 with a reason (work team only): the item goes back to 已整改. */
  public void returnClosure(StreetAccess scope, long itemNo, String reason, String actor) {
    if (reason == null || reason.isBlank()) {
      throw new RectificationException("退回销号须写明理由");
    }
    review(scope, itemNo, actor, false, reason.strip());
  }

  private void review(
      StreetAccess scope, long itemNo, String actor, boolean accept, String reason) {
    if (scope.street().isPresent()) {
      throw new RectificationException("销号审核由区工作专班进行，街镇账户不能审核");
    }
    transaction.executeWithoutResult(
        status -> {
          RectificationItem item = queries.require(scope, itemNo);
          if (!"已销号".equals(item.status()) || !"待审核".equals(item.review())) {
            throw new RectificationException("问题 " + itemNo + " 没有待审核的销号申请");
          }
          if (accept) {
            jdbc.update(
                "UPDATE rectification_record SET review = '已确认', updated_at = current_timestamp"
                    + " WHERE id = ?",
                itemNo);
            event(itemNo, actor, "accepted", "已销号", "已销号", "销号审核通过（已确认）");
          } else {
            jdbc.update(
                "UPDATE rectification_record SET status = '已整改', closed_date = NULL, review = '退回',"
                    + " review_reason = ?, updated_at = current_timestamp WHERE id = ?",
                reason,
                itemNo);
            event(itemNo, actor, "returned", "已销号", "已整改", "销号退回：" + reason);
          }
        });
  }

  private RectificationItem requireStatus(
      StreetAccess scope, long itemNo, String expected, String step) {
    RectificationItem item = queries.require(scope, itemNo);
    if (!expected.equals(item.status())) {
      throw new RectificationException(
          "问题 " + itemNo + " 当前为“" + item.status() + "”，只有“" + expected + "”的问题可以" + step);
    }
    return item;
  }

  void event(long itemNo, String actor, String action, String from, String to, String note) {
    jdbc.update(
        "INSERT INTO rectification_event (item_id, actor, action, from_status, to_status, note)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        itemNo,
        actor,
        action,
        from,
        to,
        note);
  }
}
