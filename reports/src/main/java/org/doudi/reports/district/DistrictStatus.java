package org.doudi.reports.district;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.Street;

/**
 * Section 四's table: for each street, how its forms came in against their deadlines (period_due)
 * and how many findings wait for work, by severity.
 */
final class DistrictStatus {

  private DistrictStatus() {}

  /** Returns the status table's rows: each street's filing and open findings, then the sums. */
  static List<Map<String, ?>> rows(DistrictReportData data) {
    List<Map<String, ?>> rows = new ArrayList<>();
    long[] sum = new long[3];
    for (Street street : data.streets()) {
      long[] counts = data.findings().getOrDefault(street.code(), new long[3]);
      rows.add(statusRow(street.name(), submission(data, street), counts, false));
      for (int i = 0; i < 3; i++) {
        sum[i] += counts[i];
      }
    }
    long[] district = data.findings().get("");
    if (district != null) {
      rows.add(statusRow("全区层面", "", district, false));
      for (int i = 0; i < 3; i++) {
        sum[i] += district[i];
      }
    }
    rows.add(statusRow("合计", "", sum, true));
    return rows;
  }

  private static Map<String, ?> statusRow(
      String street, String submission, long[] counts, boolean total) {
    Map<String, Object> row = new HashMap<>();
    row.put("street", street);
    row.put("submission", submission);
    row.put("high", counts[0]);
    row.put("medium", counts[1]);
    row.put("low", counts[2]);
    row.put("open", counts[0] + counts[1] + counts[2]);
    row.put("total", total);
    return row;
  }

  private static String submission(DistrictReportData data, Street street) {
    Map<Period, LocalDate> forms = data.fillDates().getOrDefault(street.code(), Map.of());
    if (!data.scope().campaign()) {
      Period period = data.scope().to();
      LocalDate deadline = data.deadline(period);
      if (!forms.containsKey(period)) {
        return data.today().isAfter(deadline)
            ? "未报送（截止 " + deadline + "）"
            : "尚未报送（截止 " + deadline + "）";
      }
      LocalDate fill = forms.get(period);
      if (fill == null) {
        return "已报送（未填填报日期）";
      }
      return fill.isAfter(deadline)
          ? "逾期报送（" + fill + "，截止 " + deadline + "）"
          : "按时报送（" + fill + "）";
    }
    int due = 0;
    int late = 0;
    List<String> missing = new ArrayList<>();
    for (Period period : data.periods()) {
      LocalDate deadline = data.deadline(period);
      boolean has = forms.containsKey(period);
      if (data.today().isAfter(deadline) || has) {
        due++;
      }
      if (has) {
        LocalDate fill = forms.get(period);
        if (fill != null && fill.isAfter(deadline)) {
          late++;
        }
      } else if (data.today().isAfter(deadline)) {
        missing.add(period.month().getYear() + "." + period.month().getMonthValue());
      }
    }
    return "应报 "
        + due
        + " 期，已报 "
        + forms.size()
        + " 期"
        + (late > 0 ? "，逾期 " + late + " 期" : "")
        + (missing.isEmpty()
            ? ""
            : missing.size() <= 3
                ? "，未报 " + String.join("、", missing)
                : "，未报 " + missing.size() + " 期（最近 " + missing.get(missing.size() - 1) + "）");
  }

  /** Returns the high-severity open findings to name, as numbered lines. */
  static String highlights(DistrictReportData data) {
    if (data.highlights().isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("需重点关注的高风险问题：");
    int i = 1;
    for (String line : data.highlights()) {
      text.append('\n').append(i++).append(". ").append(line);
    }
    return text.toString();
  }
}
