package org.doudi.dashboard.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.dictionary.Period;
import org.icepear.echarts.Option;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.title.Title;
import org.icepear.echarts.components.toolbox.Toolbox;
import org.icepear.echarts.components.toolbox.ToolboxSaveAsImageFeature;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.origin.component.toolbox.ToolboxFeatureOption;
import org.icepear.echarts.render.Engine;

/** What every chart shares: a Chinese title, a tooltip, a legend and the save-as-image button. */
final class ChartOptions {

  /** The colours of the four kinds of removal, the same on every chart. */
  static final String[] PALETTE = {
    "#b42318", "#1d4ed8", "#d97706", "#047857", "#7c3aed", "#0891b2", "#be185d", "#4b5563"
  };

  private static final Engine ENGINE = new Engine();

  private ChartOptions() {}

  /** Returns an option with title, subtitle, tooltip, legend, grid and the save-as-image button. */
  static Option base(String title, String subtitle, String trigger) {
    Map<String, ToolboxFeatureOption> features =
        Map.of(
            "saveAsImage",
            new ToolboxSaveAsImageFeature()
                .setTitle("保存为图片")
                .setName(title)
                .setPixelRatio(2)
                .setBackgroundColor("#ffffff"));
    return new Option()
        .setColor(PALETTE)
        .setTitle(new Title().setText(title).setSubtext(subtitle).setLeft("center"))
        .setToolbox(new Toolbox().setRight(8).setTop(4).setFeature(features))
        .setTooltip(new Tooltip().setTrigger(trigger).setConfine(true))
        .setLegend(new Legend().setBottom(0).setType("scroll"))
        .setGrid(
            new Grid().setLeft(12).setRight(24).setTop(72).setBottom(36).setContainLabel(true));
  }

  /** Returns a category axis of labels, every label shown. */
  static CategoryAxis categories(List<String> labels, int rotate) {
    return new CategoryAxis()
        .setData(labels.toArray(String[]::new))
        .setAxisLabel(Map.of("interval", 0, "rotate", rotate));
  }

  /**
   * Returns a category axis of months. ECharts shows as many labels as fit and leaves out the rest:
   * 24 months in a half-width chart would otherwise print over one another.
   */
  static CategoryAxis monthAxis(List<Period> months) {
    return new CategoryAxis()
        .setData(monthLabels(months).toArray(String[]::new))
        .setAxisLabel(Map.of("hideOverlap", true));
  }

  /** Returns a value axis named by its unit; counts of persons and cases tick in whole numbers. */
  static ValueAxis values(String unit) {
    ValueAxis axis = new ValueAxis().setName(unit).setMin(0);
    if (!unit.equals("元") && !unit.equals("%")) {
      axis.setMinInterval(1);
    }
    return axis;
  }

  /**
   * Returns a rate axis that shows every point: up to 100 %, or higher when a rate is above 100 %
   * (more resolved than handled, which is an error in the form and must be seen, not cut off).
   */
  static ValueAxis rateAxis(Object[]... series) {
    double highest = 0;
    for (Object[] values : series) {
      for (Object v : values) {
        if (v instanceof Number n) {
          highest = Math.max(highest, n.doubleValue());
        }
      }
    }
    ValueAxis axis = values("%");
    return axis.setMax(highest <= 100 ? 100 : Math.ceil(highest / 20) * 20);
  }

  /** Returns whether any rate of the series is above 100 %. */
  static boolean above100(Object[]... series) {
    for (Object[] values : series) {
      for (Object v : values) {
        if (v instanceof Number n && n.doubleValue() > 100) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns the rates with each one above 100 % marked in red with a larger symbol, so that an
   * impossible rate stands out on the chart.
   */
  static Object[] markAbove100(Object[] rates) {
    Object[] marked = new Object[rates.length];
    for (int i = 0; i < rates.length; i++) {
      if (rates[i] instanceof Number n && n.doubleValue() > 100) {
        marked[i] =
            Map.of(
                "value",
                n,
                "symbol",
                "triangle",
                "symbolSize",
                12,
                "itemStyle",
                Map.of("color", "#c53030"));
      } else {
        marked[i] = rates[i];
      }
    }
    return marked;
  }

  /** Returns a dashed line at 100 % that says what a rate above it means. */
  static org.icepear.echarts.components.marker.MarkLine line100() {
    return new org.icepear.echarts.components.marker.MarkLine()
        .setSilent(true)
        .setSymbol("none")
        .setData(new Object[] {Map.of("yAxis", 100)})
        .setLineStyle(
            new org.icepear.echarts.components.series.LineStyle()
                .setColor("#c53030")
                .setType("dashed"))
        .setLabel(
            new org.icepear.echarts.components.series.SeriesLineLabel()
                .setFormatter("100%（超过即已处置数多于总数）")
                .setPosition("insideEndTop"));
  }

  /** Returns a range as a subtitle shows it: 2024年11月至2024年12月, or one month. */
  static String span(PeriodRange range) {
    return range.from().equals(range.to())
        ? range.to().label()
        : range.from().label() + "至" + range.to().label();
  }

  /** Returns the months from a range's first to its last, as stored (YYYY-MM). */
  static List<Period> months(PeriodRange range) {
    List<Period> months = new ArrayList<>();
    for (Period p = range.from(); p.compareTo(range.to()) <= 0; p = p.next()) {
      months.add(p);
    }
    return months;
  }

  /** Returns the months as shown on an axis: 2024年12月. */
  static List<String> monthLabels(List<Period> months) {
    return months.stream().map(Period::label).toList();
  }

  /** Returns a share in percent with one decimal, or "-" (no point) when the total is 0. */
  static Object percent(Number part, Number total) {
    if (part == null || total == null || total.doubleValue() == 0) {
      return "-";
    }
    return BigDecimal.valueOf(part.doubleValue() * 100 / total.doubleValue())
        .setScale(1, RoundingMode.HALF_UP)
        .doubleValue();
  }

  /** Returns a number as the chart shows it: whole counts as long, yuan with two decimals. */
  static Number number(Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
    if (value instanceof Number n) {
      return n.longValue();
    }
    throw new IllegalArgumentException("不是数值：" + value);
  }

  /** Returns the option as the JSON {@code setOption} takes. */
  static String json(Option option) {
    return ENGINE.renderJsonOption(option);
  }

  /** Streets a per-street chart shows at once; a slider shows the rest (a city has hundreds). */
  static final int STREETS_IN_VIEW = 30;

  /**
   * Gives a chart of {@code count} streets along its x axis a slider (and wheel zoom) showing
   * {@link #STREETS_IN_VIEW} at a time when there are more, so 215 names stay readable.
   */
  static Option streetSlider(Option option, int count) {
    if (count > STREETS_IN_VIEW) {
      option.setDataZoom(
          new org.icepear.echarts.components.dataZoom.DataZoom[] {
            new org.icepear.echarts.components.dataZoom.DataZoom()
                .setType("slider")
                .setXAxisIndex(0)
                .setStartValue(0)
                .setEndValue(STREETS_IN_VIEW - 1),
            new org.icepear.echarts.components.dataZoom.DataZoom()
                .setType("inside")
                .setXAxisIndex(0)
                .setStartValue(0)
                .setEndValue(STREETS_IN_VIEW - 1)
          });
    }
    return option;
  }

  /** Returns a bar series' colour as ECharts takes it. */
  static org.icepear.echarts.charts.bar.BarItemStyle colour(String colour) {
    return new org.icepear.echarts.charts.bar.BarItemStyle().setColor(colour);
  }

  /** The empty-state message of charts built from the statistics forms. */
  static final String NO_FORMS = "该统计期还没有街镇统计表。统计表由各街镇和工作专班在“统计表”页面上传后显示。";

  /** The empty-state message of charts built from the petition log. */
  static final String NO_PETITIONS = "该统计期还没有信访/热线台账。台账由工作专班在“信访台账”页面导入后显示。";
}
