package org.doudi.dashboard.streetform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.calendar.ReportingCalendar;
import org.doudi.warehouse.dictionary.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A street's reporting calendar: every period from the campaign's start to this month with its
 * deadline (报送截止日) and whether the street filed it, so that a clerk sees a missed month and the
 * next deadline instead of a list that silently skips a month.
 */
@Component
class FormCalendar {

  /** One period of a street's calendar. */
  record Due(Period period, LocalDate dueDate, String state, String text, boolean missed) {

    /** Returns the deadline as 2026年12月25日. */
    public String dueText() {
      return dueDate.getYear()
          + "年"
          + dueDate.getMonthValue()
          + "月"
          + dueDate.getDayOfMonth()
          + "日";
    }

    /** Returns the month as 2026年11月. */
    public String periodLabel() {
      return period.label();
    }
  }

  /** The calendar of one street: the periods missed or still to come, and the counts. */
  record Calendar(List<Due> open, int filed, int missed) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ReportingCalendar reportingCalendar;

  FormCalendar(JdbcTemplate jdbc, Clock clock, ReportingCalendar reportingCalendar) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.reportingCalendar = reportingCalendar;
  }

  /** Returns the street's periods that are missed, returned or still to come, newest first. */
  Calendar of(String streetCode) {
    LocalDate today = LocalDate.now(clock);
    Map<String, Boolean> latestReturned = new HashMap<>();
    jdbc.query(
        "SELECT period, arg_max(returned_at IS NOT NULL, version) FROM street_form"
            + " WHERE street_code = ? GROUP BY period",
        rs -> {
          latestReturned.put(rs.getString(1), rs.getBoolean(2));
        },
        streetCode);
    String first =
        jdbc.queryForObject(
            "SELECT min(period) FROM (SELECT period FROM street_form UNION ALL"
                + " SELECT period FROM discipline_figure)",
            String.class);
    Period from = reportingCalendar.campaignStart();
    if (first != null && Period.require(first).compareTo(from) > 0) {
      from = Period.require(first);
    }
    Map<Period, LocalDate> deadlines = reportingCalendar.deadlines(from, Period.of(today));
    List<Due> open = new ArrayList<>();
    int filed = 0;
    int missed = 0;
    for (Period p = Period.of(today); p.compareTo(from) >= 0; p = p.previous()) {
      LocalDate due = deadlines.get(p);
      Boolean returned = latestReturned.get(p.toString());
      if (Boolean.FALSE.equals(returned)) {
        filed++;
        continue;
      }
      long days = ChronoUnit.DAYS.between(today, due);
      boolean late = days < 0;
      String state;
      String text;
      if (Boolean.TRUE.equals(returned)) {
        state = "已退回";
        text = late ? "已退回，请修改后重新上传（已过截止日 " + (-days) + " 天）" : "已退回，请在截止日前重新上传";
      } else if (late) {
        state = "漏报";
        text = "未报送，已过截止日 " + (-days) + " 天，请尽快上传";
      } else if (p.equals(Period.of(today))) {
        state = "本月";
        text = "本月结束后填报，截止日前上传";
      } else {
        state = "待报送";
        text = days == 0 ? "今天截止" : "还有 " + days + " 天截止";
      }
      if (late) {
        missed++;
      }
      open.add(new Due(p, due, state, text, late));
    }
    return new Calendar(open, filed, missed);
  }
}
