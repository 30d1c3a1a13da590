package org.doudi.dashboard.petitions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.doudi.dashboard.charts.PeriodRange;
import org.doudi.warehouse.dictionary.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the petitions page's figures from the monthly summary {@code petition_month} and its lists
 * from the {@code petition} view, bounded to the months the summary says they lie in; raw personal
 * columns are never selected, masked ones only when asked for.
 */
@Component
class PetitionsPageQueries {

  /**
   * The counts, from the monthly summary (petition_month, kept by every load): only the overdue
   * count's last month, cut at the deadline day, is counted from the cases themselves.
   */
  private static final String SUMMARY =
      """
      WITH months AS (
          SELECT CAST(coalesce(sum(cases), 0) AS BIGINT) AS cases,
                 CAST(coalesce(sum(cases) FILTER (WHERE resolved), 0) AS BIGINT) AS resolved,
                 CAST(coalesce(sum(cases) FILTER (WHERE real_name_complaint), 0) AS BIGINT)
                     AS real_name_complaints,
                 CAST(coalesce(sum(cases) FILTER (WHERE real_name_complaint AND NOT resolved), 0)
                     AS BIGINT) AS real_name_open,
                 CAST(coalesce(sum(cases) FILTER (WHERE status <> '已办结' AND period < ?), 0)
                     AS BIGINT) AS overdue_months
          FROM petition_month
          WHERE period BETWEEN ? AND ? AND street_code = coalesce(?, street_code)),
      last_month AS (
          SELECT count(*) AS overdue_days
          FROM petition_case
          WHERE status <> '已办结' AND received_date >= ? AND received_date < ?
            AND received_date BETWEEN ? AND ? AND street_code = coalesce(?, street_code))
      SELECT cases, resolved, real_name_complaints, real_name_open,
             overdue_months + overdue_days AS overdue
      FROM months, last_month
      """;

  /** The months of a list's cases, in the list's order, to find where its first rows lie. */
  private static final String LIST_MONTHS =
      "SELECT period, %s AS part, sum(cases) AS cases FROM petition_month"
          + " WHERE %s AND period BETWEEN ? AND ? AND street_code = coalesce(?, street_code)"
          + " GROUP BY ALL ORDER BY %s";

  private static final String CASE_COLUMNS =
      "SELECT case_no, received_date, street_code, street_name, channel, program, issues, status,"
          + " resolved";

  private static final String MASKED_COLUMNS = ", complainant_masked, phone_masked";

  private static final String REAL_NAME =
      " FROM petition WHERE real_name AND category = '投诉举报'"
          + " AND received_date BETWEEN ? AND ? AND street_code = coalesce(?, street_code)"
          + " AND received_date >= ? AND received_date >= CASE WHEN resolved THEN ? ELSE ? END"
          + " ORDER BY resolved, received_date DESC, case_no LIMIT ?";

  private static final String OVERDUE =
      " FROM petition WHERE status <> '已办结' AND received_date < ?"
          + " AND received_date BETWEEN ? AND ? AND street_code = coalesce(?, street_code)"
          + " AND received_date <= ?"
          + " ORDER BY received_date, case_no LIMIT ?";

  private final JdbcTemplate jdbc;

  PetitionsPageQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns the counts: cases, resolved, real-name complaints (and open ones), overdue. */
  Map<String, Object> summary(PeriodRange range, String street, LocalDate overdueBefore) {
    Period deadlineMonth = Period.of(overdueBefore);
    return jdbc.queryForMap(
        SUMMARY,
        deadlineMonth.toString(),
        range.from().toString(),
        range.to().toString(),
        street,
        deadlineMonth.firstDay(),
        overdueBefore,
        range.from().firstDay(),
        range.to().lastDay(),
        street);
  }

  /** Returns real-name complaints (实名投诉举报), unresolved first. */
  List<PetitionCase> realNameComplaints(
      PeriodRange range, String street, boolean masked, LocalDate today, int limit) {
    // the newest `limit` open complaints, then the newest resolved ones: the months they lie in
    // bound the scan, one month or a few rather than the whole log
    LocalDate openFrom = after(range);
    LocalDate resolvedFrom = after(range);
    long before = 0;
    for (Map<String, Object> month :
        jdbc.queryForList(
            LIST_MONTHS.formatted("resolved", "real_name_complaint", "resolved, period DESC"),
            range.from().toString(),
            range.to().toString(),
            street)) {
      if (before >= limit) {
        break;
      }
      LocalDate first = Period.parse((String) month.get("period")).orElseThrow().firstDay();
      if (Boolean.TRUE.equals(month.get("part"))) {
        resolvedFrom = first;
      } else {
        openFrom = first;
      }
      before += ((Number) month.get("cases")).longValue();
    }
    return jdbc.query(
        CASE_COLUMNS + (masked ? MASKED_COLUMNS : "") + REAL_NAME,
        (rs, row) -> map(rs, masked, today),
        range.from().firstDay(),
        range.to().lastDay(),
        street,
        openFrom.isBefore(resolvedFrom) ? openFrom : resolvedFrom,
        resolvedFrom,
        openFrom,
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
    // the oldest `limit` open cases lie in the months up to this one
    LocalDate until = range.from().firstDay().minusDays(1);
    long before = 0;
    for (Map<String, Object> month :
        jdbc.queryForList(
            LIST_MONTHS.formatted("true", "status <> '已办结' AND period <= ?", "period"),
            Period.of(overdueBefore).toString(),
            range.from().toString(),
            range.to().toString(),
            street)) {
      if (before >= limit) {
        break;
      }
      until = Period.parse((String) month.get("period")).orElseThrow().lastDay();
      before += ((Number) month.get("cases")).longValue();
    }
    return jdbc.query(
        CASE_COLUMNS + (masked ? MASKED_COLUMNS : "") + OVERDUE,
        (rs, row) -> map(rs, masked, today),
        overdueBefore,
        range.from().firstDay(),
        range.to().lastDay(),
        street,
        until,
        limit);
  }

  /** A day after the range: a bound that lets no case of the range through. */
  private static LocalDate after(PeriodRange range) {
    return range.to().lastDay().plusDays(1);
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
