package org.doudi.dashboard.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.Street;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.registry.RegisterQueries;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.origin.util.SeriesOption;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The registers' counts (近亲属备案登记表 by 备案日期, 卡折代管登记表 by 登记日期) against the forms' figures (近亲属备案数,
 * 卡折代管案数): per street over a range for the district, streets that differ most first; month by month
 * for one street. Counts only: the registers' rows are for the work team and the owning street.
 */
@Component
class RegisterChart {

  private static final String FORM_SQL =
      "SELECT period, street_code, sum(relative_filings), sum(card_custody_cases)"
          + " FROM street_report WHERE period BETWEEN ? AND ?"
          + " AND (CAST(? AS VARCHAR) IS NULL OR street_code = ?) GROUP BY ALL";

  private final JdbcTemplate jdbc;
  private final RegisterQueries registers;

  RegisterChart(JdbcTemplate jdbc, RegisterQueries registers) {
    this.jdbc = jdbc;
    this.registers = registers;
  }

  /** The four figures of a street or a month. */
  private static final class Counts {
    long filings;
    long formFilings;
    long custody;
    long formCustody;

    long gap() {
      return Math.abs(filings - formFilings) + Math.abs(custody - formCustody);
    }
  }

  /** Returns the streets in scope compared over a range (the district's view). */
  ChartJson byStreet(PeriodRange range, List<Street> streets) {
    Map<String, Counts> counts = counts(range, null, true);
    if (counts.isEmpty()) {
      return ChartJson.empty(NO_DATA);
    }
    List<Street> shown =
        new ArrayList<>(streets.stream().filter(s -> counts.containsKey(s.code())).toList());
    shown.sort(Comparator.comparingLong((Street s) -> counts.get(s.code()).gap()).reversed());
    List<String> names = shown.stream().map(Street::name).toList();
    List<String> codes = shown.stream().map(Street::code).toList();
    Option option =
        option(
            "各街镇登记表与统计表对照",
            "近亲属备案数、卡折代管案数：登记表当月条数与统计表填报数 · 差异大的街镇在前 · " + ChartOptions.span(range),
            ChartOptions.categories(names, names.size() > 6 ? 30 : 0),
            shown.stream().map(s -> counts.get(s.code())).toList(),
            false);
    ChartOptions.streetSlider(option, names.size());
    return json(option, codes);
  }

  /** Returns one street month by month over the trend's months. */
  ChartJson byMonth(PeriodRange trend, String street, String streetName) {
    Map<String, Counts> counts = counts(trend, street, false);
    if (counts.isEmpty()) {
      return ChartJson.empty(NO_DATA);
    }
    List<Period> months = ChartOptions.months(trend);
    Option option =
        option(
            streetName + "登记表与统计表对照",
            "柱：登记表当月条数；折线：统计表填报数 · " + ChartOptions.span(trend),
            ChartOptions.monthAxis(months),
            months.stream().map(m -> counts.getOrDefault(m.toString(), new Counts())).toList(),
            true);
    return json(option, null);
  }

  static final String NO_DATA = "还没有近亲属备案登记表、卡折代管登记表，统计表中也没有这两项数字。登记表由各街镇上传后显示。";

  private Map<String, Counts> counts(PeriodRange range, String street, boolean byStreet) {
    Map<String, Counts> counts = new HashMap<>();
    String from = range.from().toString();
    String to = range.to().toString();
    jdbc.query(
        FORM_SQL,
        rs -> {
          Counts c = counts.computeIfAbsent(rs.getString(byStreet ? 2 : 1), k -> new Counts());
          c.formFilings += rs.getLong(3);
          c.formCustody += rs.getLong(4);
        },
        from,
        to,
        street,
        street);
    StreetAccess access = street == null ? StreetAccess.all() : StreetAccess.of(street);
    registers
        .relativeFilingsByMonth(access)
        .forEach((key, n) -> add(counts, key, n, from, to, byStreet, true));
    registers
        .custodyCasesByMonth(access)
        .forEach((key, n) -> add(counts, key, n, from, to, byStreet, false));
    counts.values().removeIf(c -> c.filings + c.formFilings + c.custody + c.formCustody == 0);
    return counts;
  }

  private static void add(
      Map<String, Counts> counts,
      String periodStreet,
      long n,
      String from,
      String to,
      boolean byStreet,
      boolean filings) {
    String[] parts = periodStreet.split("\\|");
    if (parts[0].compareTo(from) < 0 || parts[0].compareTo(to) > 0) {
      return;
    }
    Counts c = counts.computeIfAbsent(parts[byStreet ? 1 : 0], k -> new Counts());
    if (filings) {
      c.filings += n;
    } else {
      c.custody += n;
    }
  }

  private static Option option(
      String title,
      String subtitle,
      org.icepear.echarts.components.coord.cartesian.CategoryAxis axis,
      List<Counts> values,
      boolean formAsLine) {
    int n = values.size();
    Number[] filings = new Number[n];
    Number[] formFilings = new Number[n];
    Number[] custody = new Number[n];
    Number[] formCustody = new Number[n];
    for (int i = 0; i < n; i++) {
      filings[i] = values.get(i).filings;
      formFilings[i] = values.get(i).formFilings;
      custody[i] = values.get(i).custody;
      formCustody[i] = values.get(i).formCustody;
    }
    return ChartOptions.base(title, subtitle, "axis")
        .setXAxis(axis)
        .setYAxis(ChartOptions.values("人"))
        .setSeries(
            new SeriesOption[] {
              new BarSeries()
                  .setName("近亲属备案·登记表")
                  .setData(filings)
                  .setItemStyle(ChartOptions.colour("#1d4ed8")),
              form(formAsLine, "近亲属备案数·统计表", formFilings, "#60a5fa"),
              new BarSeries()
                  .setName("卡折代管·登记表")
                  .setData(custody)
                  .setItemStyle(ChartOptions.colour("#b42318")),
              form(formAsLine, "卡折代管案数·统计表", formCustody, "#f87171")
            });
  }

  private static SeriesOption form(boolean line, String name, Number[] data, String colour) {
    if (line) {
      return new LineSeries()
          .setName(name)
          .setData(data)
          .setItemStyle(new org.icepear.echarts.components.series.ItemStyle().setColor(colour))
          .setLineStyle(new org.icepear.echarts.components.series.LineStyle().setColor(colour))
          .setSymbolSize(8);
    }
    return new BarSeries().setName(name).setData(data).setItemStyle(ChartOptions.colour(colour));
  }

  private static ChartJson json(Option option, List<String> codes) {
    return new ChartJson(
        ChartOptions.json(option),
        new ChartJson.Meta(List.of("人", "人", "人", "人"), List.of("人"), codes, "axis", null));
  }
}
