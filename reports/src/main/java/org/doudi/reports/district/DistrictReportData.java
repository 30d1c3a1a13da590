package org.doudi.reports.district;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.Street;

/**
 * Everything the district report shows, read from the warehouse's views in one go.
 *
 * @param scope the months covered
 * @param today the day the report is made (Asia/Shanghai)
 * @param streets every street of the district, in the bureau's order
 * @param byStreet each street's figures summed over the scope; absent when it sent no form
 * @param fillDates each street's forms in the scope: period to 填报日期 (null when not given)
 * @param total the district total of district_month over the scope; empty when nothing was sent
 * @param previous the previous month's district total (month scope only); empty when none
 * @param trend district totals per month for the charts, oldest first
 * @param findings open findings per street code ("" for district-wide ones): high, medium, low
 * @param highlights a few high-severity open findings, as "street：message" lines
 * @param deadlineDay the day of the following month forms are due
 */
record DistrictReportData(
    ReportScope scope,
    LocalDate today,
    List<Street> streets,
    Map<String, Map<Metric, BigDecimal>> byStreet,
    Map<String, Map<Period, LocalDate>> fillDates,
    Map<Metric, BigDecimal> total,
    Map<Metric, BigDecimal> previous,
    Map<Period, Map<Metric, BigDecimal>> trend,
    Map<String, long[]> findings,
    List<String> highlights,
    int deadlineDay) {

  /** Returns the day forms for a period are due: the deadline day of the following month. */
  LocalDate deadline(Period period) {
    return period.deadline(deadlineDay);
  }

  /** Returns a figure of the district total, zero when nothing was sent. */
  BigDecimal total(Metric metric) {
    return total.getOrDefault(metric, BigDecimal.ZERO);
  }

  /** Returns the periods of the scope, oldest first. */
  List<Period> periods() {
    java.util.List<Period> periods = new java.util.ArrayList<>();
    for (Period p = scope.from(); p.compareTo(scope.to()) <= 0; p = p.next()) {
      periods.add(p);
    }
    return periods;
  }
}
