package org.doudi.dashboard.charts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;

/**
 * What a chart endpoint answers: the ECharts option (as {@code Engine#renderJsonOption} wrote it)
 * and what the page script needs to format and link it.
 *
 * @param option the option for {@code setOption}; null when there is nothing to draw
 * @param meta units, click targets and the empty-state message
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartJson(@JsonRawValue String option, Meta meta) {

  /**
   * How the page formats and links a chart.
   *
   * @param units the unit of each series in order (人, 元, %), for tooltips with 千分位
   * @param axisUnits the unit of each value axis in order, for axis labels
   * @param streetCodes the street code behind each category (or heat-map row); a click opens {@code
   *     /streets/{code}}
   * @param kind how the tooltip reads the data: {@code axis} or {@code heatmap}
   * @param empty why there is nothing to draw and what to load, in Chinese; null when there is data
   * @param height the height in pixels the chart needs (a heat map grows with its rows); null for
   *     the page's default
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Meta(
      List<String> units,
      List<String> axisUnits,
      List<String> streetCodes,
      String kind,
      String empty,
      Integer height) {

    /** Returns the meta of a chart drawn at the page's default height. */
    public Meta(
        List<String> units,
        List<String> axisUnits,
        List<String> streetCodes,
        String kind,
        String empty) {
      this(units, axisUnits, streetCodes, kind, empty, null);
    }
  }

  /** Returns the answer for a chart with nothing to draw. */
  public static ChartJson empty(String message) {
    return new ChartJson(null, new Meta(null, null, null, null, message));
  }
}
