package org.doudi.reports.district;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.RemovalKind;
import org.doudi.warehouse.dictionary.Street;

/**
 * Everything the district report shows, read from the warehouse's views in one go.
 *
 * @param scope the months covered
 * @param today the day the report is made (Asia/Shanghai)
 * @param streets every street of the district, in the bureau's order
 * @param kinds the form's kinds of removal, from the metric dictionary
 * @param byStreet each street's figures summed over the scope; absent when it sent no form
 * @param fillDates each street's forms in the scope: period to 填报日期 (null when not given)
 * @param total the district total of district_month over the scope; empty when nothing was sent
 * @param previous the previous month's district total, only when both months are complete (month
 *     scope only); empty otherwise, and then nothing is compared
 * @param trend district totals per month for the charts, oldest first
 * @param findings open (待处理) findings per street code ("" for district-wide ones): high, medium,
 *     low
 * @param explained findings of the scope marked explained (已说明): current, but not waiting for work
 * @param highlights a few high-severity open findings, as "street：message" lines
 * @param filingNote for a month still being filed, what the report says of it (报送中（已报送 3/10 街镇，截止
 *     …）); null once the month is complete
 * @param deadlines the day each period of the scope is due (period_due: submission_deadline first)
 */
record DistrictReportData(
    ReportScope scope,
    LocalDate today,
    List<Street> streets,
    List<RemovalKind> kinds,
    Map<String, Map<Metric, BigDecimal>> byStreet,
    Map<String, Map<Period, LocalDate>> fillDates,
    Map<Metric, BigDecimal> total,
    Map<Metric, BigDecimal> previous,
    Map<Period, Map<Metric, BigDecimal>> trend,
    Map<String, long[]> findings,
    long explained,
    List<String> highlights,
    String filingNote,
    Map<Period, LocalDate> deadlines) {

  /** Returns the day forms for a period of the scope are due. */
  LocalDate deadline(Period period) {
    LocalDate due = deadlines.get(period);
    if (due == null) {
      throw new IllegalArgumentException("统计期 " + period + " 不在报告范围内");
    }
    return due;
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
