package org.doudi.etl.discipline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doudi.etl.streetform.DraftForm;
import org.doudi.etl.streetform.FormFiles;
import org.doudi.etl.streetform.FormLayouts;
import org.doudi.etl.streetform.FormRejectedException;
import org.doudi.etl.streetform.Grid;
import org.doudi.etl.streetform.Headers;
import org.doudi.etl.streetform.SheetCell;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.MetricDictionary;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.Street;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reads the commission's table with the street form's reader (same header labels, number forms and
 * encodings): one row per street and period, the period from its 统计期 column or else the period
 * chosen when loading. Collects every error.
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

  private final FormLayouts layouts;
  private final StreetDictionary streets;
  private final long maxExpandedBytes;

  DisciplineReader(
      MetricDictionary metrics,
      StreetDictionary streets,
      @Value("${doudi.forms.max-expanded-size:100MB}") DataSize maxExpanded) {
    this.layouts = new FormLayouts(new Headers(metrics));
    this.streets = streets;
    this.maxExpandedBytes = maxExpanded.toBytes();
  }

  Read read(Path file, String fileName, Period chosenPeriod) {
    List<String> errors = new ArrayList<>();
    List<DraftForm> drafts = new ArrayList<>();
    try {
      FormFiles.Opened opened = FormFiles.open(file, fileName, maxExpandedBytes);
      if (opened.csv()) {
        drafts.addAll(layouts.readFlat(opened.grids().get(0), errors));
      } else {
        Optional<List<DraftForm>> found = Optional.empty();
        for (Grid grid : opened.grids()) {
          found = layouts.read(grid, errors);
          if (found.isPresent()) {
            break;
          }
        }
        found.ifPresentOrElse(
            drafts::addAll, () -> errors.add(fileName + "：找不到表头（“统计期”“街镇”和各项数据的列名）"));
      }
    } catch (FormRejectedException e) {
      return new Read(List.of(), e.errors());
    }
    List<DisciplineFigures> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (DraftForm draft : drafts) {
      int before = errors.size();
      Grid grid = draft.grid();
      String where = draft.origin() == null ? "" : draft.origin() + "：";
      SheetCell streetCell = draft.fields().get(Headers.Field.STREET);
      Street street = null;
      if (streetCell == null) {
        errors.add(grid.about(where + "没有填写街镇"));
      } else {
        street = streets.resolve(streetCell.text()).orElse(null);
        if (street == null) {
          errors.add(grid.at(streetCell, "街镇“" + streetCell.text().strip() + "”不是本区的街镇"));
        }
      }
      SheetCell periodCell = draft.fields().get(Headers.Field.PERIOD);
      Period period = chosenPeriod;
      if (periodCell != null) {
        period =
            periodCell.date() != null
                ? Period.of(periodCell.date())
                : Period.parse(periodCell.text()).orElse(null);
        if (period == null) {
          errors.add(
              grid.at(
                  periodCell,
                  "统计期“" + periodCell.text().strip() + "”无法识别（应写作 2024-12 或 2024年12月）"));
        }
      } else if (period == null) {
        errors.add(grid.about(where + "无法确定统计期：没有“统计期”列，导入时也未选择统计期（--period）"));
      }
      if (errors.size() > before || draft.figures().size() < Metric.values().length) {
        continue;
      }
      if (!seen.add(period + "|" + street.code())) {
        errors.add(grid.about(where + street.name() + " " + period.label() + " 在本文件中出现了两次"));
        continue;
      }
      rows.add(new DisciplineFigures(period, street, draft.figures()));
    }
    return errors.isEmpty() ? new Read(rows, List.of()) : new Read(List.of(), errors);
  }
}
