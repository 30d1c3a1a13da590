package org.doudi.etl.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doudi.warehouse.dictionary.Labels;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.MetricDictionary;
import org.doudi.warehouse.dictionary.MetricLabel;

/**
 * Recognises the 15 figures by their labels after folding: on the printed form by the concatenation
 * of group, item and unit (whatever stands above it: a title, header fields); in a flat table by
 * the metric name, by item and unit, or — for the two 其中 columns — by item and unit behind a short
 * form of the group (问题线索其中已处置到位数(件)).
 */
public final class Headers {

  /** The header fields of a form, with the labels streets use for them. */
  public enum Field {
    /** 街镇. */
    STREET,
    /** 联系人. */
    CONTACT,
    /** 电话. */
    PHONE,
    /** 填报日期. */
    FILL_DATE,
    /** 统计期. */
    PERIOD
  }

  private static final Map<String, Field> FIELDS =
      Map.ofEntries(
          Map.entry("街镇", Field.STREET),
          Map.entry("街道", Field.STREET),
          Map.entry("街镇名称", Field.STREET),
          Map.entry("街道(镇)", Field.STREET),
          Map.entry("填报单位", Field.STREET),
          Map.entry("street", Field.STREET),
          Map.entry("street_code", Field.STREET),
          Map.entry("联系人", Field.CONTACT),
          Map.entry("填报人", Field.CONTACT),
          Map.entry("contact", Field.CONTACT),
          Map.entry("电话", Field.PHONE),
          Map.entry("联系电话", Field.PHONE),
          Map.entry("phone", Field.PHONE),
          Map.entry("填报日期", Field.FILL_DATE),
          Map.entry("填表日期", Field.FILL_DATE),
          Map.entry("fill_date", Field.FILL_DATE),
          Map.entry("统计期", Field.PERIOD),
          Map.entry("统计期间", Field.PERIOD),
          Map.entry("统计月份", Field.PERIOD),
          Map.entry("period", Field.PERIOD));

  private final List<MetricLabel> labels;
  private final List<String> fullKeys = new ArrayList<>();
  private final List<String> shortKeys = new ArrayList<>();
  private final List<String> groupKeys = new ArrayList<>();

  /** Creates the matcher over the metric dictionary's labels. */
  public Headers(MetricDictionary dictionary) {
    this.labels = dictionary.all();
    for (MetricLabel label : labels) {
      String unit = label.unitLabel() == null ? "" : label.unitLabel();
      fullKeys.add(Labels.fold(label.groupLabel() + label.itemLabel() + unit));
      shortKeys.add(Labels.fold(label.itemLabel() + unit));
      groupKeys.add(Labels.fold(label.groupLabel()));
    }
  }

  /** Returns the labels of the 15 figures in printed order. */
  public List<MetricLabel> labels() {
    return labels;
  }

  /** Returns the header field a label names ({@code 街镇}, {@code 填报日期:}), if any. */
  public static Optional<Field> field(String label) {
    String folded = Labels.fold(label);
    if (folded.endsWith(":")) {
      folded = folded.substring(0, folded.length() - 1);
    }
    return Optional.ofNullable(FIELDS.get(folded));
  }

  /**
   * Returns the figure a printed-form column stands for, given the folded concatenation of every
   * header text above its data cell.
   */
  public Optional<Metric> printedColumn(String foldedKey) {
    if (foldedKey.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < labels.size(); i++) {
      if (foldedKey.endsWith(fullKeys.get(i))) {
        return Optional.of(labels.get(i).metric());
      }
    }
    return flat(foldedKey);
  }

  /** Returns the figure a flat table's column header stands for. */
  public Optional<Metric> flatColumn(String header) {
    String folded = Labels.fold(header);
    Optional<Metric> byKey = Metric.byKey(folded);
    if (byKey.isPresent()) {
      return byKey;
    }
    for (int i = 0; i < labels.size(); i++) {
      if (folded.equals(fullKeys.get(i))) {
        return Optional.of(labels.get(i).metric());
      }
    }
    return flat(folded);
  }

  private Optional<Metric> flat(String folded) {
    Metric candidate = null;
    for (int i = 0; i < labels.size(); i++) {
      String key = shortKeys.get(i);
      if (!folded.endsWith(key)) {
        continue;
      }
      String prefix = folded.substring(0, folded.length() - key.length());
      if (!prefix.isEmpty() && groupKeys.get(i).contains(prefix)) {
        return Optional.of(labels.get(i).metric());
      }
      if (shortKeys.stream().filter(key::equals).count() == 1) {
        candidate = labels.get(i).metric();
      }
    }
    return Optional.ofNullable(candidate);
  }

  /** Returns how a person would name a figure's column: 民政部门问题线索查处情况·问题线索数(条). */
  public String describe(Metric metric) {
    MetricLabel label = labels.get(metric.ordinal());
    String unit = label.unitLabel() == null ? "" : label.unitLabel();
    return label.groupLabel() + "·" + label.itemLabel() + unit;
  }
}
