package org.doudi.warehouse.dictionary;

import java.util.List;

/**
 * One column of a campaign file (register, removal list, payment ledger, rectification ledger): the
 * field it fills, whether a row without it is rejected, and the labels a header may carry (the
 * first is the label of the blank template).
 *
 * @param field the field of the row record, e.g. {@code staffIdNo}
 * @param required whether a row must have a value here
 * @param labels the header labels, compared after {@link Labels#fold}
 */
public record SourceColumn(String field, boolean required, List<String> labels) {

  /** Returns the label the blank template prints. */
  public String label() {
    return labels.get(0);
  }

  /** Returns whether a header cell names this column. */
  public boolean matches(String header) {
    String folded = Labels.fold(header);
    return labels.stream().anyMatch(l -> Labels.fold(l).equals(folded));
  }
}
