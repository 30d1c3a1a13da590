package org.doudi.dashboard.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.doudi.dashboard.DashboardTestBase;
import org.doudi.dashboard.charts.PeriodRange;
import org.doudi.warehouse.dictionary.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The petitions page reads its counts from the monthly summary and bounds its lists to the months
 * the summary names: both give exactly what the whole log, counted and sorted directly, gives.
 */
class PetitionsPageQueriesTest extends DashboardTestBase {

  private static final PeriodRange RANGE =
      new PeriodRange(Period.of(2024, 11), Period.of(2024, 12), true);

  @Autowired PetitionsPageQueries queries;

  private List<String> direct(String where, String order, Object... args) {
    return jdbc.queryForList(
        "SELECT case_no FROM petition WHERE " + where + " ORDER BY " + order, String.class, args);
  }

  @Test
  void theListsHoldTheFirstCasesOfTheWholeLogForEveryLimitAndStreet() {
    LocalDate today = LocalDate.of(2025, 3, 1);
    LocalDate overdueBefore = today.minusDays(60);
    for (String street : Arrays.asList(null, "changshoulu", "caoyangxincun")) {
      List<String> realName =
          direct(
              "real_name AND category = '投诉举报' AND received_date BETWEEN ? AND ?"
                  + " AND street_code = coalesce(?, street_code)",
              "resolved, received_date DESC, case_no",
              RANGE.from().firstDay(),
              RANGE.to().lastDay(),
              street);
      List<String> overdue =
          direct(
              "status <> '已办结' AND received_date < ? AND received_date BETWEEN ? AND ?"
                  + " AND street_code = coalesce(?, street_code)",
              "received_date, case_no",
              overdueBefore,
              RANGE.from().firstDay(),
              RANGE.to().lastDay(),
              street);
      assertThat(realName.size() + overdue.size()).as(street).isPositive();
      for (int limit = 1; limit <= 4; limit++) {
        assertThat(
                queries.realNameComplaints(RANGE, street, false, today, limit).stream()
                    .map(PetitionCase::caseNo)
                    .toList())
            .as("real-name complaints of %s, limit %d", street, limit)
            .isEqualTo(realName.subList(0, Math.min(limit, realName.size())));
        assertThat(
                queries.overdue(RANGE, street, false, overdueBefore, today, limit).stream()
                    .map(PetitionCase::caseNo)
                    .toList())
            .as("overdue cases of %s, limit %d", street, limit)
            .isEqualTo(overdue.subList(0, Math.min(limit, overdue.size())));
      }
    }
  }

  @Test
  void theCountsEqualTheLogsOwnIncludingAnOverdueLimitInsideAMonth() {
    // the deadline day falls inside 2024-12: cases of 12-03 are overdue, those of 12-15 not yet
    for (LocalDate overdueBefore :
        List.of(LocalDate.of(2024, 12, 10), LocalDate.of(2024, 11, 1), LocalDate.of(2025, 6, 1))) {
      for (String street : Arrays.asList(null, "changshoulu", "caoyangxincun")) {
        Map<String, Object> expected =
            jdbc.queryForMap(
                """
                SELECT count(*) AS cases,
                       count(*) FILTER (WHERE resolved) AS resolved,
                       count(*) FILTER (WHERE real_name AND category = '投诉举报')
                           AS real_name_complaints,
                       count(*) FILTER (WHERE real_name AND category = '投诉举报' AND NOT resolved)
                           AS real_name_open,
                       count(*) FILTER (WHERE status <> '已办结' AND received_date < ?) AS overdue
                FROM petition
                WHERE received_date BETWEEN ? AND ? AND street_code = coalesce(?, street_code)
                """,
                overdueBefore,
                RANGE.from().firstDay(),
                RANGE.to().lastDay(),
                street);
        Map<String, Object> actual = queries.summary(RANGE, street, overdueBefore);
        List<Long> want = new ArrayList<>();
        List<Long> got = new ArrayList<>();
        for (String key : expected.keySet()) {
          want.add(((Number) expected.get(key)).longValue());
          got.add(((Number) actual.get(key)).longValue());
        }
        assertThat(got).as("%s, overdue before %s", street, overdueBefore).isEqualTo(want);
      }
    }
    assertThat(
            ((Number) queries.summary(RANGE, null, LocalDate.of(2024, 12, 10)).get("overdue"))
                .longValue())
        .isEqualTo(2);
  }
}
