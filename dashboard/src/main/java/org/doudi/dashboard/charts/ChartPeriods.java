package org.doudi.dashboard.charts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doudi.warehouse.calendar.ReportingCalendar;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.load.LoadCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Knows the campaign's months: where it starts (2024-11 unless configured) and which months the
 * warehouse holds data for, and turns a page's period parameter into a {@link PeriodRange}.
 */
@Component
public class ChartPeriods {

  private static final String PERIODS =
      """
      SELECT DISTINCT period, street_code FROM (
          SELECT period, street_code FROM street_report
          UNION ALL SELECT period, street_code FROM discipline_report
          UNION ALL SELECT period, street_code FROM petition_month)
      ORDER BY period
      """;

  /** How long the months with data are kept before they are read again, loads aside. */
  private static final Duration KEEP = Duration.ofMinutes(1);

  /** The months with data per street, read once and dropped after a load (see {@link #loaded}). */
  private volatile Snapshot snapshot;

  private record Snapshot(List<String[]> pairs, Instant readAt) {}

  private final JdbcTemplate jdbc;
  private final ReportingCalendar calendar;

  ChartPeriods(JdbcTemplate jdbc, ReportingCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  /**
   * Returns the period selector's choices for a street (null: the whole district): the campaign to
   * date first, then the months, newest first; none before any form has come in.
   */
  public List<PeriodChoice> choices(String street) {
    List<Period> periods = periods(street);
    List<PeriodChoice> choices = new ArrayList<>();
    if (!periods.isEmpty()) {
      choices.add(
          new PeriodChoice(
              PeriodRange.CAMPAIGN, "全周期（截至" + periods.get(periods.size() - 1).label() + "）"));
    }
    for (int i = periods.size() - 1; i >= 0; i--) {
      choices.add(new PeriodChoice(periods.get(i).toString(), periods.get(i).label()));
    }
    return choices;
  }

  /**
   * Returns the months that hold data for a street (null: any street), oldest first. They are read
   * once and kept until the next load, so that a chart request runs only its own query.
   */
  public List<Period> periods(String street) {
    Snapshot current = snapshot;
    if (current == null || current.readAt().plus(KEEP).isBefore(Instant.now())) {
      current =
          new Snapshot(
              jdbc.query(PERIODS, (rs, row) -> new String[] {rs.getString(1), rs.getString(2)}),
              Instant.now());
      snapshot = current;
    }
    return current.pairs().stream()
        .filter(pair -> street == null || street.equals(pair[1]))
        .map(pair -> pair[0])
        .distinct()
        .map(Period::require)
        .toList();
  }

  /** Forgets the months with data after a load, so that the next request reads them again. */
  @EventListener
  void loaded(LoadCompleted event) {
    snapshot = null;
  }

  /**
   * Returns the range a request asks for: {@code all} for the campaign to date, {@code YYYY-MM} for
   * one month, nothing for the month a page opens on (see {@link #defaultMonth}); empty when there
   * is no data at all.
   */
  public java.util.Optional<PeriodRange> resolve(String requested, String street) {
    if (requested != null && !requested.isBlank() && !PeriodRange.CAMPAIGN.equals(requested)) {
      Period period =
          Period.parse(requested)
              .orElseThrow(
                  () -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "统计期应写作 2024-12"));
      return java.util.Optional.of(PeriodRange.month(period));
    }
    List<Period> periods = periods(street);
    if (periods.isEmpty()) {
      return java.util.Optional.empty();
    }
    Period latest = periods.get(periods.size() - 1);
    if (PeriodRange.CAMPAIGN.equals(requested)) {
      return java.util.Optional.of(campaignTo(latest));
    }
    return java.util.Optional.of(PeriodRange.month(defaultMonth(periods)));
  }

  /**
   * Returns the month a page opens on: the latest complete month (every street in, or past its
   * deadline) that has data, else the latest month with data; a month still being filed is shown
   * only when asked for.
   */
  private Period defaultMonth(List<Period> periods) {
    java.util.Optional<Period> complete = calendar.latestComplete();
    if (complete.isPresent()) {
      for (int i = periods.size() - 1; i >= 0; i--) {
        if (periods.get(i).compareTo(complete.get()) <= 0) {
          return periods.get(i);
        }
      }
    }
    return periods.get(periods.size() - 1);
  }

  /** Returns the campaign to date ending with a month. */
  public PeriodRange campaignTo(Period to) {
    Period start = calendar.campaignStart();
    Period from = start.compareTo(to) <= 0 ? start : to;
    return new PeriodRange(from, to, true);
  }

  /** Returns the months a trend chart shows for a range: from the campaign's start to its end. */
  public PeriodRange trend(PeriodRange range) {
    return campaignTo(range.to());
  }
}
