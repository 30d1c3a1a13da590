package org.doudi.dashboard.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.charts.scatter.ScatterSeries;
import org.icepear.echarts.origin.util.SeriesOption;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Compares the streets a user may see: persons removed, yuan recovered and the clue handling rate;
 * a click on a street opens its page.
 */
@Component
class StreetComparisonChart {

  private static final String SQL =
      """
      SELECT s.code, s.name,
             sum(r.renqing_removed + r.guanxi_removed + r.zhengce_removed + r.sanwu_removed)
                 AS removed,
             sum(r.renqing_recovered_yuan + r.guanxi_recovered_yuan + r.zhengce_recovered_yuan
                 + r.sanwu_recovered_yuan) AS recovered,
             sum(r.clues_total) AS clues_total, sum(r.clues_resolved) AS clues_resolved,
             count(r.period) AS forms
      FROM street s
      LEFT JOIN street_report r ON r.street_code = s.code AND r.period BETWEEN ? AND ?
      WHERE s.code = coalesce(?, s.code)
      GROUP BY s.code, s.name, s.sort_order
      ORDER BY s.sort_order
      """;

  private final JdbcTemplate jdbc;

  StreetComparisonChart(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  ChartQuery query(PeriodRange range, String street) {
    return new ChartQuery(
        SQL, Arrays.asList(range.from().toString(), range.to().toString(), street));
  }

  /** Returns the per-street comparison for a range. */
  ChartJson chart(PeriodRange range, String street) {
    ChartQuery query = query(range, street);
    List<Map<String, Object>> rows = jdbc.queryForList(query.sql(), query.argArray());
    if (rows.stream().allMatch(r -> ((Number) r.get("forms")).longValue() == 0)) {
      return ChartJson.empty(ChartOptions.NO_FORMS);
    }
    List<String> names = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    Number[] removed = new Number[rows.size()];
    Number[] recovered = new Number[rows.size()];
    Object[] rate = new Object[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      names.add((String) row.get("name"));
      codes.add((String) row.get("code"));
      removed[i] = ChartOptions.number(row.get("removed"));
      recovered[i] = ChartOptions.number(row.get("recovered"));
      rate[i] =
          ChartOptions.percent((Number) row.get("clues_resolved"), (Number) row.get("clues_total"));
    }
    Option option =
        ChartOptions.base(
                rows.size() == 1 ? names.get(0) + "概况" : "各街镇对比",
                "柱：清退人数（人，左轴）、追回资金（元，右轴）；紫色菱形：线索处置到位率（%，最右轴）· " + ChartOptions.span(range),
                "axis")
            .setGrid(
                new org.icepear.echarts.components.grid.Grid()
                    .setLeft(12)
                    .setRight(72)
                    .setTop(72)
                    .setBottom(36)
                    .setContainLabel(true))
            .setXAxis(ChartOptions.categories(names, names.size() > 6 ? 30 : 0))
            .setYAxis(
                new Object[] {
                  ChartOptions.values("人"),
                  ChartOptions.values("元"),
                  ChartOptions.rateAxis(rate)
                      .setName("到位率 %")
                      .setPosition("right")
                      .setOffset(64)
                      .setAxisLine(
                          new org.icepear.echarts.components.coord.AxisLine()
                              .setShow(true)
                              .setLineStyle(
                                  new org.icepear.echarts.components.series.LineStyle()
                                      .setColor("#7b3fa0")))
                      .setSplitLine(
                          new org.icepear.echarts.components.coord.SplitLine().setShow(false))
                })
            .setSeries(
                new SeriesOption[] {
                  new BarSeries().setName("清退人数").setData(removed),
                  new BarSeries().setName("追回资金").setYAxisIndex(1).setData(recovered),
                  new ScatterSeries()
                      .setName("线索处置到位率")
                      .setYAxisIndex(2)
                      .setSymbol("diamond")
                      .setSymbolSize(14)
                      .setItemStyle(
                          new org.icepear.echarts.components.series.ItemStyle().setColor("#7b3fa0"))
                      .setData(ChartOptions.markAbove100(rate))
                });
    // a city has hundreds of streets: 30 at a time stay readable, the slider shows the rest
    ChartOptions.streetSlider(option, names.size());
    return new ChartJson(
        ChartOptions.json(option),
        new ChartJson.Meta(List.of("人", "元", "%"), List.of("人", "元", "%"), codes, "axis", null));
  }
}
