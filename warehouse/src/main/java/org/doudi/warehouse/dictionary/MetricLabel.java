package org.doudi.warehouse.dictionary;

/**
 * The Chinese labels of one figure, as printed on the form.
 *
 * @param metric the figure
 * @param groupLabel header row 1, e.g. 对象认定不精准情况
 * @param itemLabel header row 2, e.g. 清退“人情保”
 * @param unitLabel header row 3, e.g. 人数(人); null where the item carries its own unit
 * @param unit the unit a value is shown in: 人, 元, 条, 件
 * @param shortLabel a label short enough for a chart axis
 */
public record MetricLabel(
    Metric metric,
    String groupLabel,
    String itemLabel,
    String unitLabel,
    String unit,
    String shortLabel) {

  /** Returns item and unit as one label, e.g. 清退“人情保”人数(人), as flat CSVs head the column. */
  public String itemAndUnit() {
    return unitLabel == null ? itemLabel : itemLabel + unitLabel;
  }
}
