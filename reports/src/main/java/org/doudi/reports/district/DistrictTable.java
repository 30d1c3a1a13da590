package org.doudi.reports.district;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Street;

/** The rows of the attached statistics table, for the PDF's layout and the workbook alike. */
final class DistrictTable {

  private DistrictTable() {}

  /** Returns one row per street (a street without a form marked 未报送, blank), then 全区合计. */
  static List<Map<String, ?>> rows(DistrictReportData data) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Street street : data.streets()) {
      Map<Metric, BigDecimal> values = data.byStreet().get(street.code());
      Map<String, Object> row = new HashMap<>();
      row.put("street", values == null ? street.name() + "（未报送）" : street.name());
      row.put("total", false);
      putMetrics(row, values);
      rows.add(row);
    }
    Map<String, Object> total = new HashMap<>();
    total.put("street", "全区合计");
    total.put("total", true);
    putMetrics(total, data.total().isEmpty() ? null : data.total());
    rows.add(total);
    return rows;
  }

  /** Puts the 15 figures into a row: counts as whole numbers, yuan as decimals; none when null. */
  static void putMetrics(Map<String, Object> row, Map<Metric, BigDecimal> values) {
    if (values == null) {
      return;
    }
    for (Metric metric : Metric.values()) {
      BigDecimal value = values.getOrDefault(metric, BigDecimal.ZERO);
      row.put(metric.key(), metric.kind() == Metric.Kind.YUAN ? value : (Object) value.longValue());
    }
  }
}
