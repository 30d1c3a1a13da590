package org.doudi.reports.district;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.reports.internal.ChartPainter;
import org.doudi.reports.internal.ChineseLines;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.MetricDictionary;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.RemovalKind;

/**
 * Section 三's charts, drawn in Java: removals stacked by kind (图1), and clues and petitions each on
 * its own axis with their handling rates (图2), since about 11 clues a month would vanish next to
 * about 1,400 petitions on one axis.
 */
final class DistrictCharts {

  private DistrictCharts() {}

  /** Returns the chart page's parameters: headings, the two charts and their captions. */
  static Map<String, Object> parameters(DistrictReportData data, MetricDictionary metrics) {
    List<Period> periods = new ArrayList<>(data.trend().keySet());
    List<String> categories = periods.stream().map(p -> p.month().getMonthValue() + "月").toList();
    Color[] palette = {
      new Color(0xB4, 0x23, 0x18),
      new Color(0xE0, 0x7B, 0x39),
      new Color(0x4A, 0x6F, 0xA5),
      new Color(0x8C, 0x9C, 0xB0)
    };
    List<ChartPainter.Series> removed = new ArrayList<>();
    List<Metric> removedMetrics = RemovalKind.removed(data.kinds());
    for (int i = 0; i < removedMetrics.size(); i++) {
      removed.add(
          series(metrics, data, periods, removedMetrics.get(i), palette[i % palette.length]));
    }
    Color total = new Color(0x4A, 0x6F, 0xA5);
    Color part = new Color(0xA9, 0xBF, 0xDD);
    List<ChartPainter.Panel> cases =
        List.of(
            new ChartPainter.Panel(
                "问题线索",
                "条",
                series(metrics, data, periods, Metric.CLUES_TOTAL, total),
                series(metrics, data, periods, Metric.CLUES_RESOLVED, part)),
            new ChartPainter.Panel(
                "信访事项",
                "件",
                series(
                    metrics, data, periods, Metric.PETITIONS_HANDLED, new Color(0xB4, 0x23, 0x18)),
                series(
                    metrics,
                    data,
                    periods,
                    Metric.PETITIONS_RESOLVED,
                    new Color(0xF0, 0xA8, 0x9F))));
    String range =
        periods.isEmpty()
            ? ""
            : periods.get(0).label() + "—" + periods.get(periods.size() - 1).label();
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("HEADING", "三、工作趋势");
    parameters.put(
        "INTRO",
        ChineseLines.wrap(
            "下图按月汇总全区各街镇报送的统计表（" + range + "），反映清退人数和问题线索、信访事项处置情况的变化。各月数据为当月新增数，不是累计数。",
            11f,
            false,
            460f,
            2));
    parameters.put("CHART_REMOVED", ChartPainter.bars(categories, removed, true, "人", 460, 220));
    parameters.put("CAPTION_REMOVED", "图1  各月清退人数（人，按类型堆叠，" + range + "）");
    parameters.put("CHART_CASES", ChartPainter.panels(categories, cases, 460, 300));
    parameters.put("CAPTION_CASES", "图2  各月问题线索（条）与信访事项（件）及其处置到位数，分图各用其刻度（" + range + "）");
    return parameters;
  }

  private static ChartPainter.Series series(
      MetricDictionary metrics,
      DistrictReportData data,
      List<Period> periods,
      Metric metric,
      Color color) {
    List<BigDecimal> values =
        periods.stream()
            .map(p -> data.trend().get(p).getOrDefault(metric, BigDecimal.ZERO))
            .toList();
    return new ChartPainter.Series(metrics.label(metric).shortLabel(), color, values);
  }
}
