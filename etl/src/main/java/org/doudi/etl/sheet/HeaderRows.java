package org.doudi.etl.sheet;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds a table's header row by its labels, in any order and wherever it stands: title rows, a 填报单位
 * line or a blank row above it are passed over because too few of their cells are labels.
 */
public final class HeaderRows {

  /** How many rows from the top are searched: a header lower than that is not a header. */
  static final int SEARCHED = 30;

  private HeaderRows() {}

  /** Returns the first row in which at least {@code least} cells are labels. */
  public static Optional<Integer> find(Grid grid, Predicate<String> label, int least) {
    for (int r = 0; r < Math.min(grid.rows().size(), SEARCHED); r++) {
      long matched =
          grid.rows().get(r).stream()
              .filter(cell -> cell.number() == null && label.test(cell.text()))
              .count();
      if (matched >= least) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
