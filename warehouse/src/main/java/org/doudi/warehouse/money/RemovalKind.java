package org.doudi.warehouse.money;

import java.util.Arrays;
import java.util.Optional;
import org.doudi.warehouse.dictionary.Labels;

/**
 * The four removal kinds of the form (清退类型), with the key the form's metrics use ({@code
 * renqing_removed}, {@code renqing_recovered_yuan}…) and the label a 清退名单 writes.
 */
public enum RemovalKind {
  /** 人情保. */
  RENQING("renqing", "人情保"),
  /** 关系保. */
  GUANXI("guanxi", "关系保"),
  /** 政策保. */
  ZHENGCE("zhengce", "政策保"),
  /** 三无认定不严. */
  SANWU("sanwu", "三无认定不严");

  private final String key;
  private final String label;

  RemovalKind(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** Returns the key as stored in {@code removal.kind}, e.g. {@code renqing}. */
  public String key() {
    return key;
  }

  /** Returns the Chinese label, e.g. 人情保. */
  public String label() {
    return label;
  }

  /** Recognises a kind by its label (quotes and width folded; 三无 alone accepted) or key. */
  public static Optional<RemovalKind> parse(String text) {
    String folded = Labels.fold(text);
    if (folded.equals("三无")) {
      return Optional.of(SANWU);
    }
    return Arrays.stream(values())
        .filter(k -> Labels.fold(k.label).equals(folded) || k.key.equals(folded))
        .findFirst();
  }
}
