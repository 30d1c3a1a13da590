package org.doudi.dashboard.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.dictionary.Period;
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

  /** The four kinds of removal with their columns: removed persons and yuan recovered. */
  record Kind(String label, String removed, String recovered) {}

  static final List<Kind> KINDS =
      List.of(
          new Kind("人情保", "renqing_removed", "renqing_recovered_yuan"),
          new Kind("关系保", "guanxi_removed", "guanxi_recovered_yuan"),
          new Kind("政策保", "zhengce_removed", "zhengce_recovered_yuan"),
          new Kind("三无特困", "sanwu_removed", "sanwu_recovered_yuan"));

  private static final String REMOVALS =
      """
      SELECT period, sum(renqing_removed) AS renqing, sum(guanxi_removed) AS guanxi,
             sum(zhengce_removed) AS zhengce, sum(sanwu_removed) AS sanwu
      FROM street_report
      WHERE period BETWEEN ? AND ? AND street_code = coalesce(?, street_code)
      GROUP BY period ORDER BY period
      """;

  private static final String RECOVERED =
      """
      SELECT period, sum(renqing_recovered_yuan) AS renqing, sum(guanxi_recovered_yuan) AS guanxi,
             sum(zhengce_recovered_yuan) AS zhengce, sum(sanwu_recovered_yuan) AS sanwu
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
          SELECT strftime(month, '%Y-%m') AS period, cases, cases_resolved
          FROM (SELECT date_trunc('month', received_date) AS month, count(*) AS cases,
                       count(*) FILTER (WHERE resolved) AS cases_resolved
                FROM petition
                WHERE received_date BETWEEN ? AND ? AND street_code = coalesce(?, street_code)
                GROUP BY 1))
      SELECT coalesce(f.period, l.period) AS period, f.clues_total, f.clues_resolved,
             f.petitions_handled, f.petitions_resolved, l.cases, l.cases_resolved
      FROM f FULL OUTER JOIN l ON f.period = l.period
      ORDER BY 1
      """;

  private final JdbcTemplate jdbc;

  TrendCharts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  ChartQuery removalsQuery(PeriodRange months, String street) {
    return new ChartQuery(
        REMOVALS, Arrays.asList(months.from().toString(), months.to().toString(), street));
  }

  ChartQuery recoveredQuery(PeriodRange months, String street) {
    return new ChartQuery(
        RECOVERED, Arrays.asList(months.from().toString(), months.to().toString(), street));
  }

  ChartQuery handlingQuery(PeriodRange months, String street) {
    return new ChartQuery(
        HANDLING,
        Arrays.asList(
            months.from().toString(),
            months.to().toString(),
            street,
            months.from().firstDay(),
            months.to().lastDay(),
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
    String[] keys = {"renqing", "guanxi", "zhengce", "sanwu"};
    List<SeriesOption> series = new ArrayList<>();
    for (int k = 0; k < keys.length; k++) {
      Number[] data = new Number[axis.size()];
      for (int i = 0; i < axis.size(); i++) {
        Map<String, Object> row = rows.get(axis.get(i).toString());
        data[i] = row == null ? 0 : ChartOptions.number(row.get(keys[k]));
      }
      series.add(new BarSeries().setName(KINDS.get(k).label()).setStack("total").setData(data));
    }
    Option option =
        ChartOptions.base(title, subtitle + " · " + ChartOptions.span(months), "axis")
            .setXAxis(ChartOptions.monthAxis(axis))
            .setYAxis(ChartOptions.values(unit))
            .setSeries(series.toArray(SeriesOption[]::new));
    List<String> units = List.of(unit, unit, unit, unit);
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
