package org.doudi.etl.streetform;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doudi.etl.sheet.DraftForm;
import org.doudi.etl.sheet.FigureTables;
import org.doudi.etl.sheet.FillDates;
import org.doudi.etl.sheet.Grid;
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
 * Reads a file of street forms and checks it: finds the forms in any layout, resolves the street
 * (names, aliases, codes) and the period (统计期, else the period chosen when loading, else the month
 * of 填报日期 with a warning), and collects every error rather than stopping at the first.
 */
@Component
class StreetFormReader {

  private final FigureTables tables;
  private final StreetDictionary streets;

  StreetFormReader(
      MetricDictionary metrics,
      StreetDictionary streets,
      @Value("${doudi.forms.max-expanded-size:100MB}") DataSize maxExpanded) {
    this.tables = new FigureTables(metrics, streets, maxExpanded.toBytes());
    this.streets = streets;
  }

  /**
   * Reads a file; {@code chosenPeriod} is the period picked when loading (may be null), {@code
   * requiredStreet} the only street the loading account may report for (null for any).
   */
  FormFileRead read(Path file, String fileName, Period chosenPeriod, String requiredStreet) {
    List<String> errors = new ArrayList<>();
    List<DraftForm> drafts;
    try {
      drafts = tables.drafts(file, fileName, errors, "找不到统计表：没有一个工作表含有“数据”行（填写数字的那一行）或按列排列的统计表表头");
    } catch (SheetRejectedException e) {
      return new FormFileRead(List.of(), e.errors());
    }
    List<StreetForm> forms = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (DraftForm draft : drafts) {
      resolve(draft, chosenPeriod, requiredStreet, errors)
          .ifPresent(
              form -> {
                if (!seen.add(form.period() + "|" + form.street().code())) {
                  errors.add(
                      draft
                          .grid()
                          .about(
                              where(draft)
                                  + form.street().name()
                                  + " "
                                  + form.period().label()
                                  + " 的统计表在本文件中出现了两次"));
                }
                forms.add(form);
              });
    }
    return errors.isEmpty()
        ? new FormFileRead(forms, List.of())
        : new FormFileRead(List.of(), errors);
  }

  private Optional<StreetForm> resolve(
      DraftForm draft, Period chosenPeriod, String requiredStreet, List<String> errors) {
    Grid grid = draft.grid();
    Map<Headers.Field, SheetCell> fields = draft.fields();
    int before = errors.size();
    String where = where(draft);
    Street street = tables.street(draft, errors);
    SheetCell streetCell = fields.get(Headers.Field.STREET);
    if (street != null && requiredStreet != null && !requiredStreet.equals(street.code())) {
      String own = streets.byCode(requiredStreet).map(Street::name).orElse(requiredStreet);
      errors.add(grid.at(streetCell, "表中街镇为“" + street.name() + "”，本账户只能报送“" + own + "”的统计表"));
    }
    LocalDate fillDate = null;
    SheetCell fillCell = fields.get(Headers.Field.FILL_DATE);
    if (fillCell != null) {
      fillDate = FillDates.parse(fillCell).orElse(null);
      if (fillDate == null) {
        errors.add(
            grid.at(
                fillCell,
                "填报日期“" + fillCell.text().strip() + "”不是日期（应写作 2025-02-26 或 2025年2月26日）"));
      }
    }
    List<String> warnings = new ArrayList<>();
    Period period = null;
    SheetCell periodCell = fields.get(Headers.Field.PERIOD);
    if (periodCell != null) {
      period = FigureTables.period(grid, periodCell, errors);
    } else if (chosenPeriod != null) {
      period = chosenPeriod;
    } else if (fillDate != null) {
      period = Period.of(fillDate);
      warnings.add(
          where + "表中没有统计期，导入时也未选择统计期，按填报日期 " + fillDate + " 计为 " + period.label() + "，请核对");
    } else if (fillCell == null) {
      errors.add(grid.about(where + "无法确定统计期：表中没有“统计期”和“填报日期”，导入时也未选择统计期"));
    }
    if (errors.size() > before || draft.figures().size() < Metric.values().length) {
      return Optional.empty();
    }
    warnings.addAll(suspicious(draft.figures(), where));
    return Optional.of(
        new StreetForm(
            period,
            street,
            text(fields.get(Headers.Field.CONTACT)),
            text(fields.get(Headers.Field.PHONE)),
            fillDate,
            draft.remarks(),
            draft.figures(),
            warnings));
  }

  private static String where(DraftForm draft) {
    return draft.where();
  }

  private static String text(SheetCell cell) {
    return cell == null || cell.text().isBlank() ? null : cell.text().strip();
  }

  /** Returns what makes a valid form suspicious (its load result says so; findings follow). */
  static List<String> suspicious(Map<Metric, BigDecimal> figures, String where) {
    List<String> warnings = new ArrayList<>();
    exceeds(
        figures,
        Metric.CLUES_RESOLVED,
        Metric.CLUES_TOTAL,
        "问题线索其中已处置到位数",
        "问题线索数",
        where,
        warnings);
    exceeds(
        figures,
        Metric.PETITIONS_RESOLVED,
        Metric.PETITIONS_HANDLED,
        "信访事项其中已处置到位数",
        "办理信访事项数",
        where,
        warnings);
    recoveredWithoutRemoval(
        figures, Metric.RENQING_REMOVED, Metric.RENQING_RECOVERED_YUAN, "人情保", where, warnings);
    recoveredWithoutRemoval(
        figures, Metric.GUANXI_REMOVED, Metric.GUANXI_RECOVERED_YUAN, "关系保", where, warnings);
    recoveredWithoutRemoval(
        figures, Metric.ZHENGCE_REMOVED, Metric.ZHENGCE_RECOVERED_YUAN, "政策保", where, warnings);
    recoveredWithoutRemoval(
        figures, Metric.SANWU_REMOVED, Metric.SANWU_RECOVERED_YUAN, "三无特困供养", where, warnings);
    return warnings;
  }

  private static void exceeds(
      Map<Metric, BigDecimal> figures,
      Metric part,
      Metric total,
      String partName,
      String totalName,
      String where,
      List<String> warnings) {
    if (figures.get(part).compareTo(figures.get(total)) > 0) {
      warnings.add(
          where
              + "提醒："
              + partName
              + "（"
              + figures.get(part).toPlainString()
              + "）大于"
              + totalName
              + "（"
              + figures.get(total).toPlainString()
              + "），请核实");
    }
  }

  private static void recoveredWithoutRemoval(
      Map<Metric, BigDecimal> figures,
      Metric removed,
      Metric recovered,
      String name,
      String where,
      List<String> warnings) {
    if (figures.get(removed).signum() == 0 && figures.get(recovered).signum() > 0) {
      warnings.add(
          where
              + "提醒：清退“"
              + name
              + "”人数为 0，但追回资金 "
              + figures.get(recovered).toPlainString()
              + " 元，请核实");
    }
  }
}
