package org.doudi.dashboard.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.money.MoneyQueries;
import org.doudi.warehouse.money.PaidAfterRemoval;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.origin.util.SeriesOption;
import org.springframework.stereotype.Component;

/**
 * Money paid to people after their removal (清退后仍发放), by the month paid, stacked by the removing
 * street: the streets that paid most each get a colour and the rest are summed as 其余, so that a
 * city of hundreds of streets keeps a readable legend. The total is money to recover.
 */
@Component
class PaidAfterRemovalChart {

  /** Streets shown by name; the others are summed as 其余. */
  static final int TOP_STREETS = 8;

  /** The name of the sum of the streets beyond the top ones. */
  static final String OTHERS = "其余街镇";

  private final MoneyQueries money;

  PaidAfterRemovalChart(MoneyQueries money) {
    this.money = money;
  }

  /**
   * Returns the chart over the months paid after a removal, from the first to the last: a long
   * campaign would otherwise leave one bar on an axis of two years.
   */
  ChartJson chart(String street) {
    List<PaidAfterRemoval> rows =
        money.paidAfterRemovalByMonth(
            street == null ? StreetAccess.all() : StreetAccess.of(street));
    if (rows.isEmpty()) {
      return ChartJson.empty("没有清退后仍发放的救助金。需要各街镇的清退名单和工作专班导入的资金发放台账。");
    }
    TreeSet<Period> months = new TreeSet<>();
    rows.forEach(r -> months.add(Period.require(r.period())));
    List<Period> axis = new ArrayList<>();
    for (Period p = months.first(); p.compareTo(months.last()) <= 0; p = p.next()) {
      axis.add(p);
    }
    Map<String, BigDecimal> byStreet = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    long persons = 0;
    for (PaidAfterRemoval r : rows) {
      byStreet.merge(r.streetCode(), r.yuan(), BigDecimal::add);
      names.put(r.streetCode(), r.streetName());
      total = total.add(r.yuan());
      persons += r.persons();
    }
    List<String> ranked =
        byStreet.entrySet().stream()
            .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()))
            .map(Map.Entry::getKey)
            .toList();
    List<String> shown = ranked.subList(0, Math.min(TOP_STREETS, ranked.size()));
    Map<String, BigDecimal[]> series = new LinkedHashMap<>();
    shown.forEach(code -> series.put(names.get(code), zeros(axis.size())));
    String othersKey =
        ranked.size() > shown.size() ? OTHERS + "（" + (ranked.size() - shown.size()) + "个）" : null;
    if (othersKey != null) {
      series.put(othersKey, zeros(axis.size()));
    }
    for (PaidAfterRemoval r : rows) {
      String key = shown.contains(r.streetCode()) ? names.get(r.streetCode()) : othersKey;
      int at = axis.indexOf(Period.require(r.period()));
      series.get(key)[at] = series.get(key)[at].add(r.yuan());
    }
    List<SeriesOption> bars = new ArrayList<>();
    series.forEach(
        (name, values) -> {
          Number[] data = new Number[values.length];
          for (int i = 0; i < values.length; i++) {
            data[i] = ChartOptions.number(values[i]);
          }
          bars.add(new BarSeries().setName(name).setStack("paid").setData(data));
        });
    String subtitle =
        "清退后仍发放合计 %s 元（%,d 人次），应予追回%s · 按发放月份"
            .formatted(
                String.format("%,.2f", total),
                persons,
                ranked.size() > shown.size() ? "；金额最多的 " + TOP_STREETS + " 个街镇单列，其余合并" : "");
    Option option =
        ChartOptions.base(
                street == null
                    ? "清退后仍发放的救助金（按街镇）"
                    : names.values().iterator().next() + "清退后仍发放的救助金",
                subtitle,
                "axis")
            .setXAxis(ChartOptions.monthAxis(axis))
            .setYAxis(ChartOptions.values("元"))
            .setSeries(bars.toArray(SeriesOption[]::new));
    List<String> units = bars.stream().map(b -> "元").toList();
    return new ChartJson(
        ChartOptions.json(option), new ChartJson.Meta(units, List.of("元"), null, "axis", null));
  }

  private static BigDecimal[] zeros(int n) {
    BigDecimal[] values = new BigDecimal[n];
    java.util.Arrays.fill(values, BigDecimal.ZERO);
    return values;
  }
}
