package org.doudi.dashboard.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.money.MoneyQueries;
import org.doudi.warehouse.money.RemovalsAgainstForm;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.origin.util.SeriesOption;
import org.springframework.stereotype.Component;

/**
 * The forms' removals (清退人数) per street: confirmed by the street's removal list (清退名单), month by
 * month and kind by kind, or taken on trust from the form; and persons a list names beyond the
 * form. Streets with the most taken on trust come first.
 */
@Component
class RemovalListChart {

  private final MoneyQueries money;

  RemovalListChart(MoneyQueries money) {
    this.money = money;
  }

  /** Returns the chart for a range, of one street or all the streets in scope. */
  ChartJson chart(PeriodRange range, String street) {
    List<RemovalsAgainstForm> rows =
        new ArrayList<>(
            money.removalsAgainstForms(
                street == null ? StreetAccess.all() : StreetAccess.of(street),
                range.from(),
                range.to()));
    rows.removeIf(r -> r.formRemoved() == 0 && r.listed() == 0);
    if (rows.isEmpty()) {
      return ChartJson.empty("该统计期的统计表没有清退人数，也没有清退名单。清退名单由各街镇上传后显示。");
    }
    rows.sort(
        Comparator.comparingLong(RemovalsAgainstForm::onTrust)
            .thenComparingLong(RemovalsAgainstForm::listedBeyondForm)
            .reversed());
    int n = rows.size();
    List<String> names = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    Number[] confirmed = new Number[n];
    Number[] trust = new Number[n];
    Number[] beyond = new Number[n];
    long form = 0;
    long confirmedTotal = 0;
    long noList = 0;
    for (int i = 0; i < n; i++) {
      RemovalsAgainstForm r = rows.get(i);
      names.add(r.sentList() ? r.streetName() : r.streetName() + "（无名单）");
      codes.add(r.streetCode());
      confirmed[i] = r.confirmed();
      trust[i] = r.onTrust();
      beyond[i] = r.listedBeyondForm();
      form += r.formRemoved();
      confirmedTotal += r.confirmed();
      noList += r.sentList() ? 0 : 1;
    }
    String subtitle =
        "统计表清退 %,d 人：清退名单印证 %,d 人（%s），仅凭统计表 %,d 人%s · %s"
            .formatted(
                form,
                confirmedTotal,
                percentText(confirmedTotal, form),
                form - confirmedTotal,
                noList > 0 ? "；" + noList + " 个街镇未报送清退名单" : "",
                ChartOptions.span(range));
    Option option =
        ChartOptions.base(n == 1 ? names.get(0) + "清退名单印证" : "清退人数：名单印证与仅凭统计表", subtitle, "axis")
            .setXAxis(ChartOptions.categories(names, n > 6 ? 30 : 0))
            .setYAxis(ChartOptions.values("人"))
            .setSeries(
                new SeriesOption[] {
                  new BarSeries()
                      .setName("清退名单印证")
                      .setStack("form")
                      .setData(confirmed)
                      .setItemStyle(ChartOptions.colour("#047857")),
                  new BarSeries()
                      .setName("仅凭统计表（无名单印证）")
                      .setStack("form")
                      .setData(trust)
                      .setItemStyle(ChartOptions.colour("#d97706")),
                  new BarSeries()
                      .setName("名单多于统计表")
                      .setData(beyond)
                      .setItemStyle(ChartOptions.colour("#7c3aed"))
                });
    ChartOptions.streetSlider(option, n);
    return new ChartJson(
        ChartOptions.json(option),
        new ChartJson.Meta(List.of("人", "人", "人"), List.of("人"), codes, "axis", null));
  }

  private static String percentText(long part, long total) {
    Object p = ChartOptions.percent(part, total);
    return p instanceof Number ? p + "%" : "—";
  }
}
