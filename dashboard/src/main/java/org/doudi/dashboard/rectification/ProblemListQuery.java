package org.doudi.dashboard.rectification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.personal.PersonalDataKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the view {@code rectification_item} for the list, its JSON and the ledger export, always
 * within the caller's street scope (in SQL), sorted by due date so that what is due first is read
 * first.
 */
@Component
class ProblemListQuery {

  /**
   * What the list is filtered by; every field is optional.
   *
   * @param street a street code, or {@code district} for the district's own items
   * @param state one of {@link RectificationLabels#STATES}
   * @param overdue overdue items only
   * @param sourceKind one of {@link RectificationLabels#SOURCE_KINDS}
   * @param text words of 问题描述
   */
  record Filter(String street, String state, boolean overdue, String sourceKind, String text) {

    /** The whole ledger of the scope. */
    static Filter none() {
      return new Filter(null, null, false, null, null);
    }
  }

  private static final String COLUMNS =
      "SELECT item_no, street_code, street_name, row_no, source, problem_type, description,"
          + " department, responsible, measures, due_date, result, status, closed_date, review,"
          + " review_reason, overdue, coalesce(days_overdue, 0), source_kind, source_ref,"
          + " evidence_files FROM rectification_item i";

  private static final String ORDER =
      " ORDER BY due_date NULLS LAST, (SELECT sort_order FROM street s WHERE s.code = i.street_code)"
          + " NULLS FIRST, row_no, item_no";

  private final JdbcTemplate jdbc;

  ProblemListQuery(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns how many items of the scope match the filter. */
  long count(StreetAccess scope, Filter filter) {
    List<Object> args = new ArrayList<>();
    Long count =
        jdbc.queryForObject(
            "SELECT count(*) FROM rectification_item i" + where(scope, filter, args),
            Long.class,
            args.toArray());
    return count == null ? 0 : count;
  }

  /** Returns one page of the items of the scope that match the filter, by due date. */
  List<ProblemRow> page(StreetAccess scope, Filter filter, int limit, long offset) {
    List<Object> args = new ArrayList<>();
    String sql = COLUMNS + where(scope, filter, args) + ORDER + " LIMIT ? OFFSET ?";
    args.add(limit);
    args.add(offset);
    return jdbc.query(sql, ProblemListQuery::row, args.toArray());
  }

  /** Returns every item of the scope in a street (or all), by street and 序号, for the export. */
  List<ProblemRow> ledger(StreetAccess scope, String street) {
    List<Object> args = new ArrayList<>();
    String sql =
        COLUMNS
            + where(scope, new Filter(street, null, false, null, null), args)
            + " ORDER BY (SELECT sort_order FROM street s WHERE s.code = i.street_code) NULLS FIRST,"
            + " row_no, item_no";
    return jdbc.query(sql, ProblemListQuery::row, args.toArray());
  }

  /** Returns an item of the scope, empty when there is none (or it is another street's). */
  Optional<ProblemRow> item(StreetAccess scope, long itemNo) {
    List<Object> args = new ArrayList<>();
    String sql = COLUMNS + where(scope, Filter.none(), args) + " AND item_no = ?";
    args.add(itemNo);
    return jdbc.query(sql, ProblemListQuery::row, args.toArray()).stream().findFirst();
  }

  private static String where(StreetAccess scope, Filter filter, List<Object> args) {
    StringBuilder where = new StringBuilder(" WHERE ").append(scope.condition("street_code"));
    args.add(scope.streetCode());
    args.add(scope.streetCode());
    if ("district".equals(filter.street())) {
      where.append(" AND street_code IS NULL");
    } else if (filter.street() != null && !filter.street().isBlank()) {
      where.append(" AND street_code = ?");
      args.add(filter.street().strip());
    }
    String state = RectificationLabels.stateCondition(filter.state());
    if (state != null) {
      where.append(" AND ").append(state);
    }
    if (filter.overdue()) {
      where.append(" AND overdue");
    }
    if (filter.sourceKind() != null && !filter.sourceKind().isBlank()) {
      where.append(" AND source_kind = ?");
      args.add(filter.sourceKind().strip());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where.append(" AND strpos(description, ?) > 0");
      args.add(filter.text().strip());
    }
    return where.toString();
  }

  private static ProblemRow row(ResultSet rs, int i) throws SQLException {
    return new ProblemRow(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getInt(4),
        PersonalDataKeys.maskText(rs.getString(5)),
        PersonalDataKeys.maskText(rs.getString(6)),
        PersonalDataKeys.maskText(rs.getString(7)),
        PersonalDataKeys.maskText(rs.getString(8)),
        PersonalDataKeys.maskText(rs.getString(9)),
        PersonalDataKeys.maskText(rs.getString(10)),
        rs.getObject(11, LocalDate.class),
        PersonalDataKeys.maskText(rs.getString(12)),
        rs.getString(13),
        rs.getObject(14, LocalDate.class),
        PersonalDataKeys.maskText(rs.getString(15)),
        PersonalDataKeys.maskText(rs.getString(16)),
        rs.getBoolean(17),
        rs.getInt(18),
        PersonalDataKeys.maskText(rs.getString(19)),
        PersonalDataKeys.maskText(rs.getString(20)),
        rs.getInt(21));
  }
}
