package org.doudi.dashboard.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.MetricDictionary;
import org.doudi.warehouse.dictionary.Street;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.heatmap.HeatmapSeries;
import org.icepear.echarts.components.visualMap.PiecewiseVisualMap;
import org.icepear.echarts.components.visualMap.VisualPiece;
import org.icepear.echarts.origin.component.visualMap.VisualPieceOption;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The heat map of streets × the 15 figures, each cell coloured by how far the street's form is from
 * what it reported to discipline inspection (纪检监察机关): the sum of the absolute differences over the
 * range's months as a share of the discipline figure. Only months both sides reported are compared;
 * a month one side is missing is counted and said in the tooltip, so that one missing month does
 * not grey out a street's whole row of the campaign.
 */
@Component
class DiscrepancyHeatmap {

  /** The cell value of a figure that only one side reported for some month. */
  static final int ONE_SIDE_MISSING = -1;

  private static final String SQL;

  static {
    StringBuilder casts = new StringBuilder();
    for (Metric metric : Metric.values()) {
      casts.append(", ").append(metric.key()).append("::DECIMAL(18, 2) AS ").append(metric.key());
    }
    String unpivot =
        "UNPIVOT (SELECT period, street_code"
            + casts
            + " FROM %s WHERE period BETWEEN ? AND ? AND street_code = coalesce(?, street_code))"
            + " ON COLUMNS(* EXCLUDE (period, street_code)) INTO NAME metric VALUE v";
    SQL =
        "WITH s AS ("
            + unpivot.formatted("street_report")
            + "), d AS ("
            + unpivot.formatted("discipline_report")
            + ")\n"
            + """
            SELECT coalesce(s.street_code, d.street_code) AS street_code,
                   coalesce(s.metric, d.metric) AS metric,
                   sum(s.v) FILTER (WHERE d.v IS NOT NULL) AS street_value,
                   sum(d.v) FILTER (WHERE s.v IS NOT NULL) AS discipline_value,
                   sum(abs(s.v - d.v)) AS difference,
                   sum(abs(d.v)) FILTER (WHERE s.v IS NOT NULL) AS discipline_abs,
                   count(*) FILTER (WHERE s.v IS NOT NULL AND d.v IS NOT NULL) AS both_months,
                   count(*) FILTER (WHERE s.v IS NULL OR d.v IS NULL) AS one_side_months
            FROM s FULL OUTER JOIN d
                ON s.period = d.period AND s.street_code = d.street_code AND s.metric = d.metric
            GROUP BY ALL
            """;
  }

  private final JdbcTemplate jdbc;
  private final MetricDictionary metrics;

  DiscrepancyHeatmap(JdbcTemplate jdbc, MetricDictionary metrics) {
    this.jdbc = jdbc;
    this.metrics = metrics;
  }

  ChartQuery query(PeriodRange range, String street) {
    String from = range.from().toString();
    String to = range.to().toString();
    return new ChartQuery(SQL, Arrays.asList(from, to, street, from, to, street));
  }

  /** Returns the heat map for the streets given (the ones the user may see). */
  ChartJson chart(PeriodRange range, String street, List<Street> streets) {
    ChartQuery query = query(range, street);
    Map<String, Map<String, Object>> cells = new HashMap<>();
    for (Map<String, Object> row : jdbc.queryForList(query.sql(), query.argArray())) {
      cells.put(row.get("street_code") + "/" + row.get("metric"), row);
    }
    if (cells.isEmpty()) {
      return ChartJson.empty("该统计期还没有街镇统计表和纪检数据。数据由工作专班在“统计表”页面上传后显示。");
    }
    List<String> metricLabels = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      metricLabels.add(metrics.label(metric).shortLabel());
    }
    List<String> names = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    List<Object[]> data = new ArrayList<>();
    for (int y = 0; y < streets.size(); y++) {
      Street s = streets.get(y);
      names.add(s.name());
      codes.add(s.code());
      for (int x = 0; x < Metric.values().length; x++) {
        Map<String, Object> cell = cells.get(s.code() + "/" + Metric.values()[x].key());
        data.add(cell(x, y, cell, Metric.values()[x]));
      }
    }
    VisualPieceOption[] pieces = {
      new VisualPiece().setValue(ONE_SIDE_MISSING).setLabel("缺少一方数据").setColor("#9aa5b1"),
      new VisualPiece().setValue(0).setLabel("一致").setColor("#2f7d32"),
      new VisualPiece().setGt(0).setLte(5).setLabel("差异≤5%").setColor("#f6c344"),
      new VisualPiece().setGt(5).setLte(20).setLabel("差异5%–20%").setColor("#e8833a"),
      new VisualPiece().setGt(20).setLabel("差异>20%").setColor("#c53030")
    };
    Option option =
        ChartOptions.base("街镇统计表与纪检数据差异", "颜色：差异占纪检数据的百分比（%）· " + ChartOptions.span(range), "item")
            .setGrid(
                new org.icepear.echarts.components.grid.Grid()
                    .setLeft(12)
                    .setRight(24)
                    .setTop(72)
                    .setBottom(48)
                    .setContainLabel(true))
            .setXAxis(ChartOptions.categories(metricLabels, 40))
            .setYAxis(ChartOptions.categories(names, 0).setInverse(true))
            .setVisualMap(
                new PiecewiseVisualMap()
                    .setPieces(pieces)
                    .setOrient("horizontal")
                    .setLeft("center")
                    .setBottom(0)
                    .setDimension(2))
            .setSeries(
                new org.icepear.echarts.origin.util.SeriesOption[] {
                  new HeatmapSeries()
                      .setName("差异")
                      .setData(data.toArray(Object[][]::new))
                      .setItemStyle(
                          new org.icepear.echarts.components.series.ItemStyle()
                              .setBorderColor("#ffffff")
                              .setBorderWidth(1))
                });
    option.setLegend(new org.icepear.echarts.components.legend.Legend().setShow(false));
    // a city's 215 streets at 34 px would make a 7,500 px chart: narrower rows past 40 streets
    int rowHeight = streets.size() > 40 ? 20 : 34;
    return new ChartJson(
        ChartOptions.json(option),
        new ChartJson.Meta(
            List.of("%"), List.of(), codes, "heatmap", null, 230 + rowHeight * streets.size()));
  }

  /**
   * Returns one cell: x, y, the difference in percent over the months both sides reported (or -1
   * when no month has both, or "-" without data), the street's value and the discipline value over
   * those months, and how many months only one side reported.
   */
  private static Object[] cell(int x, int y, Map<String, Object> row, Metric metric) {
    if (row == null) {
      return new Object[] {x, y, "-", null, null, 0};
    }
    long bothMonths = ((Number) row.get("both_months")).longValue();
    long oneSideMonths = ((Number) row.get("one_side_months")).longValue();
    if (bothMonths == 0) {
      return new Object[] {x, y, ONE_SIDE_MISSING, null, null, oneSideMonths};
    }
    Number streetValue = value(row.get("street_value"), metric);
    Number disciplineValue = value(row.get("discipline_value"), metric);
    BigDecimal difference = (BigDecimal) row.get("difference");
    BigDecimal base = ((BigDecimal) row.get("discipline_abs")).max(BigDecimal.ONE);
    BigDecimal percent =
        difference.signum() == 0
            ? BigDecimal.ZERO
            : difference
                .multiply(BigDecimal.valueOf(100))
                .divide(base, 1, RoundingMode.HALF_UP)
                .max(new BigDecimal("0.1"));
    return new Object[] {x, y, percent.doubleValue(), streetValue, disciplineValue, oneSideMonths};
  }

  private static Number value(Object value, Metric metric) {
    Number number = ChartOptions.number(value);
    return metric.kind() == Metric.Kind.COUNT ? (Number) number.longValue() : number;
  }
}
