package org.doudi.warehouse.findings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doudi.warehouse.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work team's handling of findings: a finding stays open until an analyst marks it explained
 * (说明) or corrected (已更正) with a reason, may be reopened, and keeps its whole history in {@code
 * finding_event}. Every action is audited.
 */
@Component
public class FindingWorkflow {

  /** The longest reason kept, in characters. */
  static final int MAX_REASON = 2000;

  private static final String FINDING_COLUMNS =
      "f.id, f.period, f.street_code, s.name AS street_name, f.rule, f.metric, f.street_value,"
          + " f.other_value, f.severity, f.message, f.status, f.current, f.first_seen_at,"
          + " f.last_seen_at";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final AuditLog audit;
  private final FindingsLock lock;
  private final ApplicationEventPublisher events;

  FindingWorkflow(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      AuditLog audit,
      FindingsLock lock,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.audit = audit;
    this.lock = lock;
    this.events = events;
  }

  /** Returns a finding, current or not. */
  public Optional<Finding> finding(long id) {
    return jdbc
        .query(
            "SELECT "
                + FINDING_COLUMNS
                + " FROM finding_record f LEFT JOIN street s ON s.code = f.street_code"
                + " WHERE f.id = ?",
            FindingWorkflow::finding,
            id)
        .stream()
        .findFirst();
  }

  /** Marks an open finding explained (已说明): the figures are as they are, for this reason. */
  public Finding explain(long id, String actor, String reason) {
    return act(id, actor, reason, "explained", Set.of(FindingStatus.OPEN), FindingStatus.EXPLAINED);
  }

  /** Marks an open or explained finding corrected (已更正): the street corrected its data. */
  public Finding correct(long id, String actor, String reason) {
    return act(
        id,
        actor,
        reason,
        "corrected",
        Set.of(FindingStatus.OPEN, FindingStatus.EXPLAINED),
        FindingStatus.CORRECTED);
  }

  /** Reopens an explained or corrected finding that is still found. */
  public Finding reopen(long id, String actor, String reason) {
    return act(
        id,
        actor,
        reason,
        "reopened",
        Set.of(FindingStatus.EXPLAINED, FindingStatus.CORRECTED),
        FindingStatus.OPEN);
  }

  /** Returns a finding's history, oldest first. */
  public List<FindingEvent> history(long id) {
    if (finding(id).isEmpty()) {
      throw new FindingNotFoundException(id);
    }
    return jdbc.query(
        "SELECT id, finding_id, occurred_at, actor, action, from_status, to_status, reason"
            + " FROM finding_event WHERE finding_id = ? ORDER BY occurred_at, id",
        (rs, row) ->
            new FindingEvent(
                rs.getLong("id"),
                rs.getLong("finding_id"),
                rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor"),
                rs.getString("action"),
                FindingStatus.byKey(rs.getString("from_status")).orElse(null),
                FindingStatus.byKey(rs.getString("to_status")).orElseThrow(),
                rs.getString("reason")),
        id);
  }

  private Finding act(
      long id,
      String actor,
      String reason,
      String action,
      Set<FindingStatus> allowedFrom,
      FindingStatus to) {
    String target = "finding:" + id;
    String text = reason == null ? "" : reason.strip();
    lock.lock();
    try {
      Finding finding = finding(id).orElseThrow(() -> new FindingNotFoundException(id));
      String refusal = null;
      if (text.isEmpty()) {
        refusal = "请填写理由";
      } else if (text.length() > MAX_REASON) {
        refusal = "理由不能超过 " + MAX_REASON + " 个字";
      } else if (!finding.current()) {
        refusal = "该发现在最近一次核查中已不再出现，已自动关闭，无需处理";
      } else if (!allowedFrom.contains(finding.status())) {
        refusal = "该发现当前状态为“" + finding.status().label() + "”，不能" + actionLabel(action);
      }
      if (refusal != null) {
        audit.record(actor, "finding_" + action, target, refusal, AuditLog.Outcome.REFUSED);
        throw new FindingWorkflowException(refusal);
      }
      transaction.executeWithoutResult(
          status -> {
            jdbc.update("UPDATE finding_record SET status = ? WHERE id = ?", to.key(), id);
            jdbc.update(
                "INSERT INTO finding_event (finding_id, actor, action, from_status, to_status, reason)"
                    + " VALUES (?, ?, ?, ?, ?, ?)",
                id,
                actor,
                action,
                finding.status().key(),
                to.key(),
                text);
            audit.record(actor, "finding_" + action, target, text, AuditLog.Outcome.OK);
          });
      events.publishEvent(new FindingsChanged(id));
      return finding(id).orElseThrow();
    } finally {
      lock.unlock();
    }
  }

  private static String actionLabel(String action) {
    return switch (action) {
      case "explained" -> "标记为已说明";
      case "corrected" -> "标记为已更正";
      default -> "重新打开";
    };
  }

  private static Finding finding(ResultSet rs, int row) throws SQLException {
    return new Finding(
        rs.getLong("id"),
        rs.getString("period"),
        rs.getString("street_code"),
        rs.getString("street_name"),
        rs.getString("rule"),
        rs.getString("metric"),
        rs.getBigDecimal("street_value"),
        rs.getBigDecimal("other_value"),
        rs.getString("severity"),
        rs.getString("message"),
        FindingStatus.byKey(rs.getString("status")).orElseThrow(),
        rs.getBoolean("current"),
        rs.getObject("first_seen_at", OffsetDateTime.class),
        rs.getObject("last_seen_at", OffsetDateTime.class));
  }
}
