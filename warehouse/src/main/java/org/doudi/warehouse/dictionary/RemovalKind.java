package org.doudi.warehouse.dictionary;

import java.util.List;

/**
 * One of the form's four kinds of removal (清退), as the {@code removal_kind} table of the metric
 * dictionary names it: its two figures and its labels.
 *
 * @param key {@code renqing}, {@code guanxi}, {@code zhengce} or {@code sanwu}
 * @param label the short label, e.g. 人情保, 三无特困
 * @param quotedLabel the label as the form quotes it, e.g. “人情保”, “三无”特困
 * @param removed the figure of persons removed
 * @param recovered the figure of yuan recovered
 */
public record RemovalKind(
    String key, String label, String quotedLabel, Metric removed, Metric recovered) {

  /** Returns the removed-persons figures of the kinds, in order. */
  public static List<Metric> removed(List<RemovalKind> kinds) {
    return kinds.stream().map(RemovalKind::removed).toList();
  }

  /** Returns the recovered-yuan figures of the kinds, in order. */
  public static List<Metric> recovered(List<RemovalKind> kinds) {
    return kinds.stream().map(RemovalKind::recovered).toList();
  }
}
