package org.doudi.warehouse.calendar;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doudi.warehouse.dictionary.Period;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Answers when a period's forms are due and which periods are complete, from the warehouse's one
 * rule ({@code period_due} and {@code period_status_on} in {@code sql/views/period_status.sql}), so
 * that a deadline moved in {@code submission_deadline} moves the findings, the district report and
 * the 催报 mails alike.
 */
public class ReportingCalendar {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final CalendarProperties properties;

  /** Opens the calendar and writes the configured rule into the warehouse for SQL to read. */
  public ReportingCalendar(JdbcTemplate jdbc, Clock clock, CalendarProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
    publish();
  }

  /**
   * Writes the configured deadline day and campaign start into {@code reporting_calendar}; done at
   * start and again before each findings run, so SQL always reads this calendar's settings.
   */
  public void publish() {
    jdbc.update(
        "UPDATE reporting_calendar SET day_of_next_month = ?, campaign_start = ?"
            + " WHERE id = 1 AND (day_of_next_month <> ? OR campaign_start <> ?)",
        deadlineDay(),
        campaignStart().toString(),
        deadlineDay(),
        campaignStart().toString());
  }

  /** Returns the campaign's first period ({@code doudi.campaign.start}). */
  public Period campaignStart() {
    return properties.campaign().period();
  }

  /** Returns the campaign's last day ({@code doudi.campaign.end}): every item closed by then. */
  public LocalDate campaignEnd() {
    return properties.campaign().endDate();
  }

  /**
   * Returns the days from today (Asia/Shanghai) to the campaign's end: positive before it, 0 on the
   * day, negative once it has passed.
   */
  public long daysToCampaignEnd() {
    return java.time.temporal.ChronoUnit.DAYS.between(today(), campaignEnd());
  }

  /**
   * Returns the configured day of the following month forms are due, unless a period has its own.
   */
  public int deadlineDay() {
    return properties.deadline().dayOfNextMonth();
  }

  /** Returns the day a period's forms are due (its own date in submission_deadline first). */
  public LocalDate deadline(Period period) {
    return jdbc.queryForObject("SELECT period_due(?)", LocalDate.class, period.toString());
  }

  /** Returns the due dates of the periods from {@code from} to {@code to}, oldest first. */
  public Map<Period, LocalDate> deadlines(Period from, Period to) {
    Map<Period, LocalDate> due = new LinkedHashMap<>();
    jdbc.query(
        "SELECT strftime(m, '%Y-%m') AS p, period_due(strftime(m, '%Y-%m')) FROM generate_series("
            + "CAST(? AS DATE), CAST(? AS DATE), INTERVAL 1 MONTH) t(m) ORDER BY m",
        rs -> {
          due.put(Period.require(rs.getString(1)), rs.getDate(2).toLocalDate());
        },
        Date.valueOf(from.firstDay()),
        Date.valueOf(to.firstDay()));
    return due;
  }

  /** Returns the status of every period up to today's month, oldest first. */
  public List<PeriodStatus> statuses() {
    return statusesOn(today());
  }

  /** Returns the status of every period up to the month of {@code day}, as it stood that day. */
  public List<PeriodStatus> statusesOn(LocalDate day) {
    return jdbc.query(
        "SELECT period, due_date, streets_reported, streets_total, complete"
            + " FROM period_status_on(CAST(? AS DATE)) ORDER BY period",
        (rs, i) ->
            new PeriodStatus(
                Period.require(rs.getString(1)),
                rs.getDate(2).toLocalDate(),
                rs.getInt(3),
                rs.getInt(4),
                rs.getBoolean(5)),
        Date.valueOf(day));
  }

  /** Returns a period's status today; empty for a period after today's month. */
  public Optional<PeriodStatus> status(Period period) {
    return statuses().stream().filter(s -> s.period().equals(period)).findFirst();
  }

  /** Returns whether a period's forms are complete today (all streets in, or past the deadline). */
  public boolean complete(Period period) {
    return status(period).map(PeriodStatus::complete).orElse(false);
  }

  /**
   * Returns the period pages and reports open on: the latest complete period (every street in, or
   * past its deadline); empty before any period is.
   */
  public Optional<Period> latestComplete() {
    return latestCompleteOn(today());
  }

  /**
   * Returns the latest period complete on {@code day}, as a scheduled mail of that day takes it.
   */
  public Optional<Period> latestCompleteOn(LocalDate day) {
    List<PeriodStatus> statuses = statusesOn(day);
    for (int i = statuses.size() - 1; i >= 0; i--) {
      if (statuses.get(i).complete()) {
        return Optional.of(statuses.get(i).period());
      }
    }
    return Optional.empty();
  }

  /** Returns today in the bureau's time zone. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
