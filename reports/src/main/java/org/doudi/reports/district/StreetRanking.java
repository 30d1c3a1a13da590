package org.doudi.reports.district;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.RemovalKind;
import org.doudi.warehouse.dictionary.Street;

/** Names the streets with the most removals and the most yuan recovered, ties named as ties. */
final class StreetRanking {

  private StreetRanking() {}

  /** Returns section 二's sentence naming the streets that removed and recovered most. */
  static String sentence(DistrictReportData data) {
    List<Metric> removed = RemovalKind.removed(data.kinds());
    List<Metric> recovered = RemovalKind.recovered(data.kinds());
    Map<String, String> names = new HashMap<>();
    data.streets().forEach(s -> names.put(s.code(), s.name()));
    if (data.byStreet().isEmpty()) {
      return "各街镇统计表见后附统计表。";
    }
    String byRemoved = top(data, removed, names, false);
    String byRecovered = top(data, recovered, names, true);
    return "各街镇统计表汇总见后附《各街镇自查自纠工作开展情况统计表》。"
        + (byRemoved.isEmpty() ? "" : "清退人数较多的街镇为" + byRemoved + "；")
        + (byRecovered.isEmpty() ? "" : "追回资金较多的街镇为" + byRecovered + "。");
  }

  /**
   * Names the streets with the largest sums, at most three; streets tied on a value are named as a
   * tie (甲、乙（各1人）), and a tie too large to name is counted (另有7个街镇各1人).
   */
  static String top(
      DistrictReportData data, List<Metric> metrics, Map<String, String> names, boolean yuan) {
    Map<BigDecimal, List<String>> byValue = new java.util.TreeMap<>(Comparator.reverseOrder());
    data.byStreet()
        .forEach(
            (code, values) -> {
              BigDecimal sum = DistrictSummary.sum(values, metrics);
              if (sum.signum() > 0) {
                byValue.computeIfAbsent(sum.stripTrailingZeros(), k -> new ArrayList<>()).add(code);
              }
            });
    Map<String, Integer> order = new HashMap<>();
    for (Street street : data.streets()) {
      order.put(street.code(), order.size());
    }
    List<String> parts = new ArrayList<>();
    int named = 0;
    for (Map.Entry<BigDecimal, List<String>> tie : byValue.entrySet()) {
      List<String> codes = new ArrayList<>(tie.getValue());
      codes.sort(Comparator.comparing(c -> order.getOrDefault(c, Integer.MAX_VALUE)));
      String amount =
          yuan
              ? DistrictSummary.yuan(tie.getKey()) + "元"
              : DistrictSummary.integer(tie.getKey()) + "人";
      if (named + codes.size() > 3) {
        parts.add((named == 0 ? "" : "另有") + codes.size() + "个街镇并列，各" + amount);
        break;
      }
      List<String> streetNames = codes.stream().map(c -> names.getOrDefault(c, c)).toList();
      parts.add(
          String.join("、", streetNames)
              + (codes.size() > 1 ? "（并列，各" + amount + "）" : "（" + amount + "）"));
      named += codes.size();
      if (named >= 3) {
        break;
      }
    }
    return String.join("，", parts);
  }
}
