package org.doudi.dashboard.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doudi.warehouse.calendar.ReportingCalendar;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.rectification.RectificationQueries;
import org.doudi.warehouse.rectification.StreetProgress;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.origin.util.SeriesOption;
import org.springframework.stereotype.Component;

/**
 * The problem list's progress per street (整改中, 已整改, 已销号 awaiting and accepted, stacked to the
 * items; overdue beside them) and the days left to the campaign's end, by which every item must be
 * closed. Streets with overdue items come first.
 */
@Component
class RectificationChart {

  /** The empty-state message when no street has a problem list yet. */
  static final String NO_ITEMS = "还没有问题清单。问题整改台账由各街镇上传或在“问题清单”页面录入后显示。";

  private final RectificationQueries queries;
  private final ReportingCalendar calendar;

  RectificationChart(RectificationQueries queries, ReportingCalendar calendar) {
    this.queries = queries;
    this.calendar = calendar;
  }

  /** Returns the campaign's end as the leading group reads it: days left, or days past. */
  String daysToEnd() {
    LocalDate end = calendar.campaignEnd();
    long days = calendar.daysToCampaignEnd();
    String day = end.getYear() + "年" + end.getMonthValue() + "月" + end.getDayOfMonth() + "日";
    if (days > 0) {
      return "距整改销号截止（" + day + "）还有 " + days + " 天";
    }
    return days == 0 ? "今天（" + day + "）为整改销号截止日" : "整改销号截止日（" + day + "）已过 " + -days + " 天";
  }

  /** Returns the progress chart of the streets in scope (one street, or all of them). */
  ChartJson chart(String street) {
    List<StreetProgress> rows =
        new ArrayList<>(
            queries.progress(street == null ? StreetAccess.all() : StreetAccess.of(street)));
    if (rows.isEmpty()) {
      return ChartJson.empty(NO_ITEMS + daysToEnd() + "。");
    }
    rows.sort(
        Comparator.comparingLong(StreetProgress::overdue)
            .thenComparingLong(p -> p.items() - p.accepted())
            .reversed());
    int n = rows.size();
    List<String> names = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    Number[] inProgress = new Number[n];
    Number[] rectified = new Number[n];
    Number[] pending = new Number[n];
    Number[] accepted = new Number[n];
    Number[] overdue = new Number[n];
    long items = 0;
    long closed = 0;
    long acceptedTotal = 0;
    long overdueTotal = 0;
    for (int i = 0; i < n; i++) {
      StreetProgress p = rows.get(i);
      names.add(p.streetName());
      codes.add(p.streetCode());
      inProgress[i] = p.inProgress();
      rectified[i] = p.rectified();
      pending[i] = p.closedPending();
      accepted[i] = p.accepted();
      overdue[i] = p.overdue();
      items += p.items();
      closed += p.closed();
      acceptedTotal += p.accepted();
      overdueTotal += p.overdue();
    }
    String subtitle =
        "共 %,d 项，已销号 %,d 项（已确认 %,d 项），超期 %,d 项 · %s"
            .formatted(items, closed, acceptedTotal, overdueTotal, daysToEnd());
    Option option =
        ChartOptions.base(n == 1 ? names.get(0) + "整改进度" : "各街镇整改进度", subtitle, "axis")
            .setXAxis(ChartOptions.categories(names, n > 6 ? 30 : 0))
            .setYAxis(ChartOptions.values("项"))
            .setSeries(
                new SeriesOption[] {
                  stacked("已销号（已确认）", accepted, "#047857"),
                  stacked("已销号（待审核）", pending, "#0891b2"),
                  stacked("已整改", rectified, "#1d4ed8"),
                  stacked("整改中", inProgress, "#d97706"),
                  new BarSeries()
                      .setName("超期未销号")
                      .setData(overdue)
                      .setItemStyle(ChartOptions.colour("#b42318"))
                });
    ChartOptions.streetSlider(option, n);
    List<String> units = List.of("项", "项", "项", "项", "项");
    return new ChartJson(
        ChartOptions.json(option), new ChartJson.Meta(units, List.of("项"), codes, "axis", null));
  }

  private static BarSeries stacked(String name, Number[] data, String colour) {
    return new BarSeries()
        .setName(name)
        .setStack("items")
        .setData(data)
        .setItemStyle(ChartOptions.colour(colour));
  }
}
