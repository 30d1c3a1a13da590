package org.doudi.warehouse.rectification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.doudi.warehouse.dictionary.StreetAccess;
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
