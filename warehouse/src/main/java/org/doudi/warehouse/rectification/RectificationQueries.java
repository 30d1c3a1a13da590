package org.doudi.warehouse.rectification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.personal.PersonalDataKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the problem list within a caller's street scope: items, their events and evidence files,
 * and the items a source (finding, complaint, clue) was put on the list as, so that a source links
 * to its item as the item links to its source.
 */
@Component
public class RectificationQueries {

  private static final String ITEM_COLUMNS =
      "item_no, street_code, street_name, row_no, source, problem_type, description, department,"
          + " responsible, measures, due_date, result, status, closed_date, review, review_reason,"
          + " source_kind, source_ref";

  private static final java.util.regex.Pattern ID_NUMBER =
      java.util.regex.Pattern.compile("\\d{17}[\\dXx]");

  private final JdbcTemplate jdbc;
  private final FileKeeper files;

  RectificationQueries(JdbcTemplate jdbc, FileKeeper files) {
    this.jdbc = jdbc;
    this.files = files;
  }

  /** Returns the items of the scope, by street and 序号. */
  public List<RectificationItem> items(StreetAccess scope) {
    return jdbc.query(
        "SELECT "
            + ITEM_COLUMNS
            + " FROM rectification_item i LEFT JOIN street s ON s.code = i.street_code"
            + " WHERE "
            + scope.condition("i.street_code")
            + " ORDER BY coalesce(s.sort_order, 0), i.row_no",
        RectificationQueries::item,
        scope.streetCode(),
        scope.streetCode());
  }

  /**
   * Returns where each street of the scope stands (the district's own items as 区级 first), in the
   * dictionary's order; streets with no item are left out.
   */
  public List<StreetProgress> progress(StreetAccess scope) {
    return jdbc.query(
        "SELECT i.street_code, any_value(i.street_name), count(*),"
            + " count(*) FILTER (WHERE i.status = '整改中'),"
            + " count(*) FILTER (WHERE i.status = '已整改'),"
            + " count(*) FILTER (WHERE i.status = '已销号' AND i.review IS DISTINCT FROM '已确认'),"
            + " count(*) FILTER (WHERE i.status = '已销号' AND i.review = '已确认'),"
            + " count(*) FILTER (WHERE i.overdue)"
            + " FROM rectification_item i LEFT JOIN street s ON s.code = i.street_code WHERE "
            + scope.condition("i.street_code")
            + " GROUP BY i.street_code, s.sort_order ORDER BY coalesce(s.sort_order, -1)",
        (rs, i) ->
            new StreetProgress(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getLong(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getLong(7),
                rs.getLong(8)),
        scope.streetCode(),
        scope.streetCode());
  }

  /** Returns the overdue items of the scope, by street and 序号, the responsible person masked. */
  public List<OverdueItem> overdue(StreetAccess scope) {
    return jdbc.query(
        "SELECT i.item_no, i.street_code, i.street_name, i.row_no, i.problem_type, i.description,"
            + " i.responsible, i.due_date, i.status, i.days_overdue"
            + " FROM rectification_item i LEFT JOIN street s ON s.code = i.street_code"
            + " WHERE i.overdue AND "
            + scope.condition("i.street_code")
            + " ORDER BY coalesce(s.sort_order, -1), i.row_no, i.item_no",
        (rs, i) ->
            new OverdueItem(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                maskIds(rs.getString(6)),
                PersonalDataKeys.maskName(rs.getString(7)),
                rs.getObject(8, LocalDate.class),
                rs.getString(9),
                rs.getLong(10)),
        scope.streetCode(),
        scope.streetCode());
  }

  /** Returns free text with any ID number in it masked: a description may quote one. */
  private static String maskIds(String text) {
    return text == null
        ? null
        : ID_NUMBER.matcher(text).replaceAll(m -> PersonalDataKeys.maskId(m.group()));
  }

  /** Returns an item of the scope, or throws as if it did not exist (another street's too). */
  public RectificationItem require(StreetAccess scope, long itemNo) {
    List<RectificationItem> found =
        jdbc.query(
            "SELECT "
                + ITEM_COLUMNS
                + " FROM rectification_item WHERE item_no = ? AND "
                + scope.condition("street_code"),
            RectificationQueries::item,
            itemNo,
            scope.streetCode(),
            scope.streetCode());
    if (found.isEmpty()) {
      throw new RectificationException("问题清单中没有编号为 " + itemNo + " 的问题");
    }
    return found.get(0);
  }

  /** Returns the item's changes, oldest first. */
  public List<RectificationEvent> events(StreetAccess scope, long itemNo) {
    require(scope, itemNo);
    return jdbc.query(
        "SELECT item_id, occurred_at, actor, action, from_status, to_status, note"
            + " FROM rectification_event WHERE item_id = ? ORDER BY id",
        (rs, i) ->
            new RectificationEvent(
                rs.getLong(1),
                rs.getObject(2, OffsetDateTime.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7)),
        itemNo);
  }

  /** Returns the items a source was put on the list as (none, or one). */
  public List<RectificationItem> itemsFor(StreetAccess scope, SourceKind kind, String ref) {
    return jdbc.query(
        "SELECT "
            + ITEM_COLUMNS
            + " FROM rectification_item WHERE source_kind = ? AND source_ref = ?"
            + " AND "
            + scope.condition("street_code")
            + " ORDER BY item_no",
        RectificationQueries::item,
        kind.key(),
        ref,
        scope.streetCode(),
        scope.streetCode());
  }

  /** Returns the item's evidence files in the scope, oldest first. */
  public List<StoredFile> evidence(StreetAccess scope, long itemNo) {
    require(scope, itemNo);
    return evidence(itemNo);
  }

  List<StoredFile> evidence(long itemNo) {
    return jdbc.query(
        "SELECT id, CAST(item_id AS VARCHAR), file_name, content_type, size_bytes, sha256, stored_path,"
            + " uploaded_by, uploaded_at FROM evidence_file WHERE item_id = ? ORDER BY id",
        (rs, i) -> storedFile(rs, files),
        itemNo);
  }

  static StoredFile storedFile(ResultSet rs, FileKeeper files) throws SQLException {
    return new StoredFile(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getLong(5),
        rs.getString(6),
        files.resolve(rs.getString(7)),
        rs.getString(8),
        rs.getObject(9, OffsetDateTime.class));
  }

  private static RectificationItem item(ResultSet rs, int row) throws SQLException {
    return new RectificationItem(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getInt(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getObject(11, LocalDate.class),
        rs.getString(12),
        rs.getString(13),
        rs.getObject(14, LocalDate.class),
        rs.getString(15),
        rs.getString(16),
        rs.getString(17),
        rs.getString(18));
  }
}
