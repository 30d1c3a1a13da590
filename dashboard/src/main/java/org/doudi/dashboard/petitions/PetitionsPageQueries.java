package org.doudi.dashboard.petitions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.doudi.dashboard.charts.PeriodRange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the petitions page's figures and lists from the {@code petition} view; raw personal columns
 * are never selected, masked ones only when asked for.
 */
@Component
class PetitionsPageQueries {

  private static final String SUMMARY =
      """
      SELECT count(*) AS cases,
             count(*) FILTER (WHERE resolved) AS resolved,
             count(*) FILTER (WHERE real_name AND category = '投诉举报') AS real_name_complaints,
             count(*) FILTER (WHERE real_name AND category = '投诉举报' AND NOT resolved)
                 AS real_name_open,
             count(*) FILTER (WHERE status <> '已办结' AND received_date < ?) AS overdue
      FROM petition
      WHERE received_date BETWEEN ? AND ? AND street_code = coalesce(?, street_code)
      """;

  private static final String CASE_COLUMNS =
      "SELECT case_no, received_date, street_code, street_name, channel, program, issues, status,"
          + " resolved";

  private static final String MASKED_COLUMNS = ", complainant_masked, phone_masked";

  private static final String REAL_NAME =
      " FROM petition WHERE real_name AND category = '投诉举报'"
          + " AND received_date BETWEEN ? AND ? AND street_code = coalesce(?, street_code)"
          + " ORDER BY resolved, received_date DESC, case_no LIMIT ?";

  private static final String OVERDUE =
      " FROM petition WHERE status <> '已办结' AND received_date < ?"
          + " AND received_date BETWEEN ? AND ? AND street_code = coalesce(?, street_code)"
          + " ORDER BY received_date, case_no LIMIT ?";

  private final JdbcTemplate jdbc;

  PetitionsPageQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns the counts: cases, resolved, real-name complaints (and open ones), overdue. */
  Map<String, Object> summary(PeriodRange range, String street, LocalDate overdueBefore) {
    return jdbc.queryForMap(
        SUMMARY, overdueBefore, range.from().firstDay(), range.to().lastDay(), street);
  }

  /** Returns real-name complaints (实名投诉举报), unresolved first. */
  List<PetitionCase> realNameComplaints(
      PeriodRange range, String street, boolean masked, LocalDate today, int limit) {
    return jdbc.query(
        CASE_COLUMNS + (masked ? MASKED_COLUMNS : "") + REAL_NAME,
        (rs, row) -> map(rs, masked, today),
        range.from().firstDay(),
        range.to().lastDay(),
        street,
        limit);
  }

  /** Returns cases still open after the deadline, oldest first. */
  List<PetitionCase> overdue(
      PeriodRange range,
      String street,
      boolean masked,
      LocalDate overdueBefore,
      LocalDate today,
      int limit) {
    return jdbc.query(
        CASE_COLUMNS + (masked ? MASKED_COLUMNS : "") + OVERDUE,
        (rs, row) -> map(rs, masked, today),
        overdueBefore,
        range.from().firstDay(),
        range.to().lastDay(),
        street,
        limit);
  }

  private static PetitionCase map(ResultSet rs, boolean masked, LocalDate today)
      throws SQLException {
    LocalDate received = rs.getObject("received_date", LocalDate.class);
    return new PetitionCase(
        rs.getString("case_no"),
        received,
        rs.getString("street_code"),
        rs.getString("street_name"),
        rs.getString("channel"),
        rs.getString("program"),
        rs.getString("issues"),
        rs.getString("status"),
        rs.getBoolean("resolved"),
        ChronoUnit.DAYS.between(received, today),
        masked ? rs.getString("complainant_masked") : null,
        masked ? rs.getString("phone_masked") : null);
  }
}
