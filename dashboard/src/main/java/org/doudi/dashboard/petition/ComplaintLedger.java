package org.doudi.dashboard.petition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doudi.dashboard.web.Words;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The real-name complaint ledger (实名投诉举报台账): lists items and moves them along 待核实 → 核实中 → 属实 / 部分属实
 * / 不属实, keeping every move with its note, who and when.
 */
@Service
public class ComplaintLedger {

  /** The states, in the order the work team moves through them. */
  public static final List<String> STATES = List.of("待核实", "核实中", "属实", "部分属实", "不属实");

  private static final Map<String, Set<String>> NEXT =
      Map.of(
          "待核实", Set.of("核实中", "属实", "部分属实", "不属实"),
          "核实中", Set.of("属实", "部分属实", "不属实"),
          "属实", Set.of("核实中"),
          "部分属实", Set.of("核实中"),
          "不属实", Set.of("核实中"));

  private final JdbcTemplate jdbc;
  private final Words words;

  ComplaintLedger(JdbcTemplate jdbc, Words words) {
    this.jdbc = jdbc;
    this.words = words;
  }

  private static final String ITEM_COLUMNS =
      "SELECT case_no, street_name, received_date, issues, state, days_open, overdue, note,"
          + " updated_by, updated_at FROM complaint_ledger";

  /** Returns the first 1,000 items, filtered by street code, state and overdue (each optional). */
  public List<LedgerItem> list(String streetCode, String state, boolean overdueOnly) {
    return list(streetCode, state, overdueOnly, 1000, 0);
  }

  /** Returns one page of the items, overdue first, filtered as {@link #count} counts them. */
  public List<LedgerItem> list(
      String streetCode, String state, boolean overdueOnly, int limit, long offset) {
    List<Object> args = new ArrayList<>();
    String sql =
        ITEM_COLUMNS
            + where(streetCode, state, overdueOnly, args)
            + " ORDER BY overdue DESC, received_date, case_no LIMIT "
            + limit
            + " OFFSET "
            + offset;
    return jdbc.query(sql, ComplaintLedger::item, args.toArray());
  }

  /** Returns how many items match the filter. */
  public long count(String streetCode, String state, boolean overdueOnly) {
    List<Object> args = new ArrayList<>();
    Long n =
        jdbc.queryForObject(
            "SELECT count(*) FROM complaint_ledger" + where(streetCode, state, overdueOnly, args),
            Long.class,
            args.toArray());
    return n == null ? 0 : n;
  }

  private static String where(
      String streetCode, String state, boolean overdueOnly, List<Object> args) {
    StringBuilder sql = new StringBuilder(" WHERE true");
    if (streetCode != null && !streetCode.isBlank()) {
      sql.append(" AND street_code = ?");
      args.add(streetCode);
    }
    if (state != null && !state.isBlank()) {
      sql.append(" AND state = ?");
      args.add(state);
    }
    if (overdueOnly) {
      sql.append(" AND overdue");
    }
    return sql.toString();
  }

  /**
   * Returns the masked personal data the {@code petition} view holds for a case (反映人, 联系电话, 身份证号 as
   * 李*, 159****4408), keyed by their Chinese names; empty when none is held.
   */
  public java.util.Map<String, String> masked(String caseNo) {
    java.util.Map<String, String> masked = new java.util.LinkedHashMap<>();
    jdbc.query(
        "SELECT complainant_masked, phone_masked, id_no_masked FROM petition WHERE case_no = ?",
        rs -> {
          put(masked, "反映人", rs.getString(1));
          put(masked, "联系电话", rs.getString(2));
          put(masked, "身份证号", rs.getString(3));
        },
        caseNo);
    return masked;
  }

  private static void put(java.util.Map<String, String> map, String key, String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value);
    }
  }

  /** Returns the item of a case, if the case is in the ledger. */
  public Optional<LedgerItem> item(String caseNo) {
    return jdbc.query(ITEM_COLUMNS + " WHERE case_no = ?", ComplaintLedger::item, caseNo).stream()
        .findFirst();
  }

  /** Returns the states an item in the given state may move to, in the workflow's order. */
  public static List<String> nextStates(String state) {
    Set<String> next = NEXT.getOrDefault(state, Set.of());
    return STATES.stream().filter(next::contains).toList();
  }

  private static LedgerItem item(ResultSet rs, int row) throws SQLException {
    return new LedgerItem(
        rs.getString(1),
        rs.getString(2),
        rs.getObject(3, LocalDate.class),
        rs.getString(4),
        rs.getString(5),
        rs.getInt(6),
        rs.getBoolean(7),
        rs.getString(8),
        rs.getString(9),
        rs.getObject(10, OffsetDateTime.class));
  }

  /**
   * Moves an item to another state with a note; throws {@link IllegalArgumentException} (Chinese)
   * for an unknown item or a move the workflow does not allow.
   */
  @Transactional
  public void advance(String caseNo, String toState, String note, String username) {
    List<String> current =
        jdbc.queryForList(
            "SELECT state FROM complaint_ledger WHERE case_no = ?", String.class, caseNo);
    if (current.isEmpty()) {
      throw new IllegalArgumentException("台账中没有案件 " + caseNo);
    }
    String from = current.get(0);
    if (!NEXT.getOrDefault(from, Set.of()).contains(toState)) {
      throw new IllegalArgumentException("案件 " + caseNo + " 不能从“" + from + "”改为“" + toState + "”");
    }
    boolean verdict = Set.of("属实", "部分属实", "不属实").contains(toState);
    if (verdict && (note == null || note.isBlank())) {
      throw new IllegalArgumentException("核实结论需要填写核实情况说明");
    }
    // the item's row is written on its first move (until then the view says 待核实)
    jdbc.update(
        "INSERT INTO complaint_ledger_item (case_no, state, note, updated_by, updated_at,"
            + " verified_at) VALUES (?, ?, ?, ?, current_timestamp,"
            + " CASE WHEN ? THEN current_timestamp END)"
            + " ON CONFLICT (case_no) DO UPDATE SET state = excluded.state, note = excluded.note,"
            + " updated_by = excluded.updated_by, updated_at = excluded.updated_at,"
            + " verified_at = excluded.verified_at",
        caseNo,
        toState,
        note,
        username,
        verdict);
    jdbc.update(
        "INSERT INTO complaint_ledger_event (case_no, from_state, to_state, note, username)"
            + " VALUES (?, ?, ?, ?, ?)",
        caseNo,
        from,
        toState,
        note,
        username);
  }

  /** Returns an item's moves, oldest first, as lines a person reads. */
  public List<String> history(String caseNo) {
    return jdbc.query(
        "SELECT strftime(occurred_at, '%Y-%m-%d %H:%M') , username, from_state, to_state, note"
            + " FROM complaint_ledger_event WHERE case_no = ? ORDER BY id",
        (rs, i) ->
            rs.getString(1)
                + " "
                + words.actor(rs.getString(2))
                + "："
                + rs.getString(3)
                + " → "
                + rs.getString(4)
                + (rs.getString(5) == null ? "" : "（" + rs.getString(5) + "）"),
        caseNo);
  }
}
