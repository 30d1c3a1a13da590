package org.doudi.etl.sheet;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.doudi.warehouse.dictionary.MetricDictionary;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.Street;
import org.doudi.warehouse.dictionary.StreetDictionary;

/**
 * Reads the tables of the 15 figures that streets send (their forms) and the discipline commission
 * sends (its figures): opens the file, finds the tables in either layout, and reads the street and
 * 统计期 cells, with one wording of every message for both.
 */
public final class FigureTables {

  private final FormLayouts layouts;
  private final StreetDictionary streets;
  private final long maxExpandedBytes;

  /** Creates the reader over the metric dictionary's labels and the district's streets. */
  public FigureTables(MetricDictionary metrics, StreetDictionary streets, long maxExpandedBytes) {
    this.layouts = new FormLayouts(new Headers(metrics));
    this.streets = streets;
    this.maxExpandedBytes = maxExpandedBytes;
  }

  /**
   * Returns the tables of a file, adding every error to {@code errors} and {@code notFound} when no
   * sheet holds one; throws {@link SheetRejectedException} when the file cannot be read at all.
   */
  public List<DraftForm> drafts(Path file, String fileName, List<String> errors, String notFound) {
    SheetFiles.Opened opened = SheetFiles.open(file, fileName, maxExpandedBytes);
    if (opened.csv()) {
      return layouts.readFlat(opened.grids().get(0), errors);
    }
    for (Grid grid : opened.grids()) {
      Optional<List<DraftForm>> found = layouts.read(grid, errors);
      if (found.isPresent()) {
        return found.get();
      }
    }
    errors.add(fileName + "：" + notFound);
    return List.of();
  }

  /** Returns the street a table names, or null after adding the error that says why not. */
  public Street street(DraftForm draft, List<String> errors) {
    SheetCell cell = draft.fields().get(Headers.Field.STREET);
    if (cell == null) {
      errors.add(draft.grid().about(draft.where() + "找不到“街镇”（应写作“街镇：长寿路街道”）"));
      return null;
    }
    Street street = streets.resolve(cell.text()).orElse(null);
    if (street == null) {
      errors.add(
          draft.grid().at(cell, "街镇“" + cell.text().strip() + "”不是本区的街镇（可写全称如“长寿路街道”或简称如“长寿路”）"));
    }
    return street;
  }

  /** Returns the period of a 统计期 cell, or null after adding the error that says why not. */
  public static Period period(Grid grid, SheetCell cell, List<String> errors) {
    Period period =
        cell.date() != null ? Period.of(cell.date()) : Period.parse(cell.text()).orElse(null);
    if (period == null) {
      errors.add(grid.at(cell, "统计期“" + cell.text().strip() + "”无法识别（应写作 2024-12 或 2024年12月）"));
    }
    return period;
  }

  /** Returns the district's streets, for checks a source adds of its own. */
  public StreetDictionary streets() {
    return streets;
  }
}
