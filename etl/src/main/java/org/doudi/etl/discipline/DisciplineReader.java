package org.doudi.etl.discipline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.doudi.etl.sheet.DraftForm;
import org.doudi.etl.sheet.FigureTables;
import org.doudi.etl.sheet.Headers;
import org.doudi.etl.sheet.SheetCell;
import org.doudi.etl.sheet.SheetRejectedException;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.MetricDictionary;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.Street;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reads the commission's table with the shared figure-table reader (same header labels, number
 * forms, encodings and messages as the street forms): one row per street and period, the period
 * from its 统计期 column or else the period chosen when loading. Collects every error.
 */
@Component
class DisciplineReader {

  /**
   * What reading one file gave.
   *
   * @param rows the rows, empty when any error was found
   * @param errors every error, each naming file and cell or line
   */
  record Read(List<DisciplineFigures> rows, List<String> errors) {}

  private final FigureTables tables;

  DisciplineReader(
      MetricDictionary metrics,
      StreetDictionary streets,
      @Value("${doudi.forms.max-expanded-size:100MB}") DataSize maxExpanded) {
    this.tables = new FigureTables(metrics, streets, maxExpanded.toBytes());
  }

  Read read(Path file, String fileName, Period chosenPeriod) {
    List<String> errors = new ArrayList<>();
    List<DraftForm> drafts;
    try {
      drafts = tables.drafts(file, fileName, errors, "找不到表头（“统计期”“街镇”和各项数据的列名）");
    } catch (SheetRejectedException e) {
      return new Read(List.of(), e.errors());
    }
    List<DisciplineFigures> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (DraftForm draft : drafts) {
      int before = errors.size();
      Street street = tables.street(draft, errors);
      SheetCell periodCell = draft.fields().get(Headers.Field.PERIOD);
      Period period = chosenPeriod;
      if (periodCell != null) {
        period = FigureTables.period(draft.grid(), periodCell, errors);
      } else if (period == null) {
        errors.add(draft.grid().about(draft.where() + "无法确定统计期：没有“统计期”列，导入时也未选择统计期（--period）"));
      }
      if (errors.size() > before || draft.figures().size() < Metric.values().length) {
        continue;
      }
      if (!seen.add(period + "|" + street.code())) {
        errors.add(
            draft
                .grid()
                .about(draft.where() + street.name() + " " + period.label() + " 在本文件中出现了两次"));
        continue;
      }
      rows.add(new DisciplineFigures(period, street, draft.figures()));
    }
    return errors.isEmpty() ? new Read(rows, List.of()) : new Read(List.of(), errors);
  }
}
