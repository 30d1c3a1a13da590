package org.doudi.warehouse.rectification;

import java.util.List;
import java.util.Map;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.personal.PersonalDataKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts problems on the list: by hand, or in one step from a finding, a real-name complaint or a
 * clue, the source kept with the item (and the item found from its source through {@link
 * RectificationQueries#itemsFor}); a source already on the list is refused, naming its item. A
 * street's account adds items to its own street only. A new item is 整改中 with the street's next 序号.
 */
@Component
public class ProblemList {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final RectificationWorkflow events;

  ProblemList(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      RectificationWorkflow events) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.events = events;
  }

  /** Puts a problem on the list by hand; returns its item number. */
  public long create(StreetAccess scope, NewItem item, String actor) {
    return create(scope, item, SourceKind.MANUAL, null, actor);
  }

  /**
   * Puts a finding on the list: the item names the finding, takes its street and (unless given) its
   * message as the description; a finding already on the list is refused, naming its item.
   */
  public long createFromFinding(StreetAccess scope, long findingId, NewItem item, String actor) {
    List<Map<String, Object>> found =
        jdbc.queryForList(
            "SELECT street_code, message FROM finding_record WHERE id = ?", findingId);
    if (found.isEmpty()) {
      throw new RectificationException("核查发现 " + findingId + " 不存在");
    }
    String street = (String) found.get(0).get("street_code");
    String description =
        item.description() == null ? (String) found.get(0).get("message") : item.description();
    return create(
        scope,
        with(item, street, description),
        SourceKind.FINDING,
        String.valueOf(findingId),
        actor);
  }

  /** Puts a real-name complaint (by its 编号) on the list, in the case's street. */
  public long createFromComplaint(StreetAccess scope, String caseNo, NewItem item, String actor) {
    List<String> street =
        jdbc.queryForList(
            "SELECT street_code FROM petition_case WHERE case_no = ?", String.class, caseNo);
    if (street.isEmpty()) {
      throw new RectificationException("信访件 " + caseNo + " 不存在");
    }
    return create(
        scope, with(item, street.get(0), item.description()), SourceKind.COMPLAINT, caseNo, actor);
  }

  /** Puts a clue (问题线索) on the list, by the reference the work team gives it. */
  public long createFromClue(StreetAccess scope, String clueRef, NewItem item, String actor) {
    if (clueRef == null || clueRef.isBlank()) {
      throw new RectificationException("请填写问题线索的编号或来源");
    }
    return create(scope, item, SourceKind.CLUE, PersonalDataKeys.maskText(clueRef.strip()), actor);
  }

  private static NewItem with(NewItem item, String street, String description) {
    return new NewItem(
        street,
        item.source(),
        item.problemType(),
        description,
        item.department(),
        item.responsible(),
        item.measures(),
        item.dueDate());
  }

  /**
   * Creates the item; synchronised (one process holds the warehouse) so that two clicks at once on
   * the same finding or complaint cannot both pass the "already on the list" check.
   */
  private synchronized long create(
      StreetAccess scope, NewItem item, SourceKind kind, String ref, String actor) {
    if (!scope.permits(item.streetCode())) {
      throw new RectificationException("只能在本街镇的问题清单中添加问题");
    }
    if (item.description() == null || item.description().isBlank()) {
      throw new RectificationException("请填写问题描述");
    }
    return transaction.execute(
        status -> {
          if (ref != null) {
            List<Long> already =
                jdbc.queryForList(
                    "SELECT id FROM rectification_record WHERE origin_kind = ? AND origin_ref = ?"
                        + " AND street_code IS NOT DISTINCT FROM ?",
                    Long.class,
                    kind.key(),
                    ref,
                    item.streetCode());
            if (!already.isEmpty()) {
              throw new RectificationException("该来源已列入问题清单（编号 " + already.get(0) + "）");
            }
          }
          Long id =
              jdbc.queryForObject(
                  "INSERT INTO rectification_record (street_code, row_no, source, problem_type,"
                      + " description, department, responsible, measures, due_date, origin_kind,"
                      + " origin_ref, created_by)"
                      + " SELECT ?, coalesce(max(row_no), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                      + " FROM rectification_record WHERE street_code IS NOT DISTINCT FROM ?"
                      + " RETURNING id",
                  Long.class,
                  item.streetCode(),
                  item.source() == null ? kind.defaultSource() : item.source(),
                  item.problemType(),
                  item.description().strip(),
                  item.department(),
                  item.responsible(),
                  item.measures(),
                  item.dueDate(),
                  kind.key(),
                  ref,
                  actor,
                  item.streetCode());
          events.event(
              id,
              actor,
              "created",
              null,
              "整改中",
              ref == null ? "列入问题清单" : "由" + label(kind) + " " + ref + " 列入问题清单");
          return id;
        });
  }

  private static String label(SourceKind kind) {
    return switch (kind) {
      case FINDING -> "核查发现";
      case COMPLAINT -> "实名投诉举报";
      case CLUE -> "问题线索";
      default -> "";
    };
  }
}
