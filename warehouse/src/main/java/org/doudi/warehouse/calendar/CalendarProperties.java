package org.doudi.warehouse.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.doudi.warehouse.dictionary.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The campaign's calendar as configured: {@code doudi.campaign.start} (the first period, default
 * 2024-11), {@code doudi.campaign.end} (the day every rectification item must be closed by, default
 * 2024-12-31, the seed's "end of December") and {@code doudi.deadline.day-of-next-month} (the day
 * of the following month forms are due, default 25), checked when the application starts.
 *
 * @param campaign {@code doudi.campaign.*}
 * @param deadline {@code doudi.deadline.*}
 */
@ConfigurationProperties("doudi")
public record CalendarProperties(@DefaultValue Campaign campaign, @DefaultValue Deadline deadline) {

  /** Returns the properties of a campaign starting in {@code start} with forms due on a day. */
  public static CalendarProperties of(String start, int dayOfNextMonth) {
    return new CalendarProperties(
        new Campaign(start, Campaign.DEFAULT_END), new Deadline(dayOfNextMonth));
  }

  /** Returns the defaults: a campaign from 2024-11, forms due on the 25th of the next month. */
  public static CalendarProperties defaults() {
    return of("2024-11", 25);
  }

  /**
   * {@code doudi.campaign.*}.
   *
   * @param start the campaign's first period, {@code YYYY-MM}
   * @param end the last day of the campaign, {@code YYYY-MM-DD}: every item closed (销号) by then
   */
  public record Campaign(
      @DefaultValue("2024-11") String start, @DefaultValue(Campaign.DEFAULT_END) String end) {

    /** The seed's end of the campaign: every item closed by the end of December 2024. */
    public static final String DEFAULT_END = "2024-12-31";

    /** Refuses a start that is not a period, or an end that is not a day. */
    public Campaign {
      if (Period.parse(start).isEmpty()) {
        throw new IllegalArgumentException(
            "doudi.campaign.start 应为统计期，写作 2024-11，而不是“" + start + "”");
      }
      try {
        LocalDate.parse(end);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "doudi.campaign.end 应为日期，写作 2024-12-31，而不是“" + end + "”", e);
      }
    }

    /** Returns the campaign's last day. */
    public LocalDate endDate() {
      return LocalDate.parse(end);
    }

    /** Returns the first period. */
    public Period period() {
      return Period.require(start);
    }
  }

  /**
   * {@code doudi.deadline.*}.
   *
   * @param dayOfNextMonth the day of the following month a period's forms are due
   */
  public record Deadline(@DefaultValue("25") int dayOfNextMonth) {

    /** Refuses a day that no month has. */
    public Deadline {
      if (dayOfNextMonth < 1 || dayOfNextMonth > 31) {
        throw new IllegalArgumentException(
            "doudi.deadline.day-of-next-month 应为 1 到 31 之间的日期，而不是 " + dayOfNextMonth);
      }
    }
  }
}
