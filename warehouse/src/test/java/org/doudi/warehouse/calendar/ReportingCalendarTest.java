package org.doudi.warehouse.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.doudi.warehouse.WarehouseConfiguration;
import org.doudi.warehouse.dictionary.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** The one deadline rule and the period status, as SQL answers them to Java. */
@SpringJUnitConfig(ReportingCalendarTest.Config.class)
class ReportingCalendarTest {

  @Configuration(proxyBeanMethods = false)
  @Import(WarehouseConfiguration.class)
  static class Config {
    @Bean
    @Primary
    Clock fixedClock() {
      // 2025-01-20 in Shanghai: 2024-12's forms are due on 2025-01-25
      return Clock.fixed(Instant.parse("2025-01-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    }
  }

  @TempDir static Path warehouse;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> warehouse.resolve("doudi.duckdb").toString());
  }

  @Autowired JdbcTemplate jdbc;
  @Autowired ReportingCalendar calendar;
  @Autowired Clock clock;

  @BeforeEach
  @AfterEach
  void clear() {
    jdbc.execute("DELETE FROM street_form");
    jdbc.execute("DELETE FROM submission_deadline WHERE period <> '2024-11'");
    calendar.publish();
  }

  @Test
  void formsAreDueOnTheDayOfTheNextMonthOrItsLastDayWhenShorter() {
    // given
    ReportingCalendar day31 =
        new ReportingCalendar(jdbc, clock, CalendarProperties.of("2024-11", 31));

    // when
    LocalDate january = day31.deadline(Period.of(2025, 1));
    LocalDate march = day31.deadline(Period.of(2025, 3));
    LocalDate leap =
        new ReportingCalendar(jdbc, clock, CalendarProperties.of("2024-11", 30))
            .deadline(Period.of(2024, 1));
    calendar.publish();

    // then
    assertThat(calendar.deadline(Period.of(2024, 12))).isEqualTo(LocalDate.of(2025, 1, 25));
    assertThat(january).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(leap).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(march).isEqualTo(LocalDate.of(2025, 4, 30));
  }

  @Test
  void aPeriodsOwnDeadlineInSubmissionDeadlineOverridesTheConfiguredDay() {
    // given: the seed's row for 2024-11, and 春节顺延 for 2025-01
    jdbc.update(
        "INSERT INTO submission_deadline (period, due_date, note) VALUES ('2025-01', DATE '2025-02-28', '春节顺延')");

    // when
    var due = calendar.deadlines(Period.of(2024, 11), Period.of(2025, 2));

    // then
    assertThat(due)
        .containsExactly(
            java.util.Map.entry(Period.of(2024, 11), LocalDate.of(2024, 12, 25)),
            java.util.Map.entry(Period.of(2024, 12), LocalDate.of(2025, 1, 25)),
            java.util.Map.entry(Period.of(2025, 1), LocalDate.of(2025, 2, 28)),
            java.util.Map.entry(Period.of(2025, 2), LocalDate.of(2025, 3, 25)));
  }

  @Test
  void aPeriodBeingFiledIsNotCompleteUntilEveryStreetReportsOrItsDeadlinePasses() {
    // given: three streets filed 2024-12 early; 2024-11 is past its deadline with one form
    form("2024-11", "changshoulu");
    form("2024-12", "changshoulu");
    form("2024-12", "wanli");
    form("2024-12", "taopuzhen");

    // when
    List<PeriodStatus> statuses = calendar.statuses();

    // then
    assertThat(statuses)
        .extracting(s -> s.period() + " " + s.dueDate() + " " + s.progress() + " " + s.complete())
        .containsExactly(
            "2024-11 2024-12-25 已报送 1/10 街镇 true",
            "2024-12 2025-01-25 已报送 3/10 街镇 false",
            "2025-01 2025-02-25 已报送 0/10 街镇 false");
    assertThat(calendar.latestComplete()).contains(Period.of(2024, 11));
    assertThat(calendar.latestCompleteOn(LocalDate.of(2025, 1, 26))).contains(Period.of(2024, 12));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM period_status", Integer.class))
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void aPeriodIsCompleteBeforeItsDeadlineOnceEveryStreetHasReported() {
    // given
    jdbc.queryForList("SELECT code FROM street", String.class).forEach(s -> form("2024-12", s));

    // when
    PeriodStatus december = calendar.status(Period.of(2024, 12)).orElseThrow();

    // then
    assertThat(december.progress()).isEqualTo("已报送 10/10 街镇");
    assertThat(december.complete()).isTrue();
    assertThat(calendar.latestComplete()).contains(Period.of(2024, 12));
  }

  private void form(String period, String street) {
    jdbc.update(
        "INSERT INTO street_form (period, street_code, version, fill_date, "
            + org.doudi.warehouse.dictionary.Metric.columns()
            + ") VALUES (?, ?, 1, DATE '2025-01-10'"
            + ", 0".repeat(15)
            + ")",
        period,
        street);
  }
}
