package org.doudi.dashboard.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.MetricDictionary;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.RemovalKind;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.origin.util.SeriesOption;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The trend charts over the campaign's months: removals stacked by kind, yuan recovered by kind,
 * and the handling rates of clues and petitions.
 */
@Component
class TrendCharts {

  /** Sums one figure per kind of removal per month, the kinds' figures named by their key. */
  private static final String BY_KIND =
      """
      SELECT period, %s
      FROM street_report
      WHERE period BETWEEN ? AND ? AND street_code = coalesce(?, street_code)
      GROUP BY period ORDER BY period
      """;

  private static final String HANDLING =
      """
      WITH f AS (
          SELECT period, sum(clues_total) AS clues_total, sum(clues_resolved) AS clues_resolved,
                 sum(petitions_handled) AS petitions_handled,
                 sum(petitions_resolved) AS petitions_resolved
          FROM street_report
          WHERE period BETWEEN ? AND ? AND street_code = coalesce(?, street_code)
          GROUP BY period),
      l AS (
          SELECT period, CAST(sum(cases) AS BIGINT) AS cases,
                 CAST(coalesce(sum(cases) FILTER (WHERE resolved), 0) AS BIGINT) AS cases_resolved
          FROM petition_month
          WHERE period BETWEEN ? AND ? AND street_code = coalesce(?, street_code)
          GROUP BY period)
      SELECT coalesce(f.period, l.period) AS period, f.clues_total, f.clues_resolved,
             f.petitions_handled, f.petitions_resolved, l.cases, l.cases_resolved
      FROM f FULL OUTER JOIN l ON f.period = l.period
      ORDER BY 1
      """;

  private final JdbcTemplate jdbc;
  private final List<RemovalKind> kinds;
  private final String removals;
  private final String recovered;

  TrendCharts(JdbcTemplate jdbc, MetricDictionary metrics) {
    this.jdbc = jdbc;
    this.kinds = metrics.removalKinds();
    this.removals = byKindSql(RemovalKind::removed);
    this.recovered = byKindSql(RemovalKind::recovered);
  }

  private String byKindSql(Function<RemovalKind, Metric> figure) {
    return BY_KIND.formatted(
        String.join(
            ", ",
            kinds.stream().map(k -> "sum(" + figure.apply(k).key() + ") AS " + k.key()).toList()));
  }

  ChartQuery removalsQuery(PeriodRange months, String street) {
    return new ChartQuery(
        removals, Arrays.asList(months.from().toString(), months.to().toString(), street));
  }

  ChartQuery recoveredQuery(PeriodRange months, String street) {
    return new ChartQuery(
        recovered, Arrays.asList(months.from().toString(), months.to().toString(), street));
  }

  ChartQuery handlingQuery(PeriodRange months, String street) {
    return new ChartQuery(
        HANDLING,
        Arrays.asList(
            months.from().toString(),
            months.to().toString(),
            street,
            months.from().toString(),
            months.to().toString(),
            street));
  }

  /** Returns removed persons per month, stacked by kind. */
  ChartJson removals(PeriodRange months, String street) {
    return byKind(removalsQuery(months, street), months, "清退人数（按类型）", "人", "单位：人");
  }

  /** Returns yuan recovered per month, stacked by kind. */
  ChartJson recovered(PeriodRange months, String street) {
    return byKind(recoveredQuery(months, street), months, "追回资金（按类型）", "元", "单位：元");
  }

  private ChartJson byKind(
      ChartQuery query, PeriodRange months, String title, String unit, String subtitle) {
    Map<String, Map<String, Object>> rows = byPeriod(query);
    if (rows.isEmpty()) {
      return ChartJson.empty(ChartOptions.NO_FORMS);
    }
    List<Period> axis = ChartOptions.months(months);
    List<SeriesOption> series = new ArrayList<>();
    for (RemovalKind kind : kinds) {
      Number[] data = new Number[axis.size()];
      for (int i = 0; i < axis.size(); i++) {
        Map<String, Object> row = rows.get(axis.get(i).toString());
        data[i] = row == null ? 0 : ChartOptions.number(row.get(kind.key()));
      }
      series.add(new BarSeries().setName(kind.label()).setStack("total").setData(data));
    }
    Option option =
        ChartOptions.base(title, subtitle + " · " + ChartOptions.span(months), "axis")
            .setXAxis(ChartOptions.monthAxis(axis))
            .setYAxis(ChartOptions.values(unit))
            .setSeries(series.toArray(SeriesOption[]::new));
    List<String> units = kinds.stream().map(k -> unit).toList();
    return new ChartJson(
        ChartOptions.json(option), new ChartJson.Meta(units, List.of(unit), null, "axis", null));
  }

  /** Returns the monthly handling rates of clues, petitions on the forms and the petition log. */
  ChartJson handling(PeriodRange months, String street) {
    Map<String, Map<String, Object>> rows = byPeriod(handlingQuery(months, street));
    if (rows.isEmpty()) {
      return ChartJson.empty(ChartOptions.NO_FORMS);
    }
    List<Period> axis = ChartOptions.months(months);
    Object[] clues = new Object[axis.size()];
    Object[] petitions = new Object[axis.size()];
    Object[] log = new Object[axis.size()];
    for (int i = 0; i < axis.size(); i++) {
      Map<String, Object> row = rows.getOrDefault(axis.get(i).toString(), Map.of());
      clues[i] = ChartOptions.percent(num(row, "clues_resolved"), num(row, "clues_total"));
      petitions[i] =
          ChartOptions.percent(num(row, "petitions_resolved"), num(row, "petitions_handled"));
      log[i] = ChartOptions.percent(num(row, "cases_resolved"), num(row, "cases"));
    }
    boolean above = ChartOptions.above100(clues, petitions, log);
    LineSeries first =
        new LineSeries()
            .setName("问题线索处置到位率")
            .setData(ChartOptions.markAbove100(clues))
            .setConnectNulls(true);
    if (above) {
      first.setMarkLine(ChartOptions.line100());
    }
    Option option =
        ChartOptions.base(
                "线索与信访处置到位率",
                "单位：% · "
                    + ChartOptions.span(months)
                    + (above ? " · 红色三角：超过100%，已处置数多于总数，请核对统计表" : ""),
                "axis")
            .setXAxis(ChartOptions.monthAxis(axis))
            .setYAxis(ChartOptions.rateAxis(clues, petitions, log))
            .setSeries(
                new SeriesOption[] {
                  first,
                  new LineSeries()
                      .setName("信访事项处置到位率（统计表）")
                      .setData(ChartOptions.markAbove100(petitions))
                      .setConnectNulls(true),
                  new LineSeries()
                      .setName("信访台账处置到位率")
                      .setData(ChartOptions.markAbove100(log))
                      .setConnectNulls(true)
                });
    return new ChartJson(
        ChartOptions.json(option),
        new ChartJson.Meta(List.of("%", "%", "%"), List.of("%"), null, "axis", null));
  }

  private static Number num(Map<String, Object> row, String key) {
    return (Number) row.get(key);
  }

  private Map<String, Map<String, Object>> byPeriod(ChartQuery query) {
    Map<String, Map<String, Object>> rows = new HashMap<>();
    for (Map<String, Object> row : jdbc.queryForList(query.sql(), query.argArray())) {
      rows.put((String) row.get("period"), row);
    }
    return rows;
  }
}
