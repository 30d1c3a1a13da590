package org.doudi.reports.district;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.calendar.ReportingCalendar;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.money.MoneyQueries;
import org.doudi.warehouse.money.PaidAfterRemoval;
import org.doudi.warehouse.money.PaymentChecks;
import org.doudi.warehouse.money.RemovalsAgainstForm;
import org.doudi.warehouse.rectification.OverdueItem;
import org.doudi.warehouse.rectification.RectificationQueries;
import org.doudi.warehouse.rectification.StreetProgress;
import org.springframework.stereotype.Component;

/**
 * The district report's sections on the campaign's own work and money: 整改情况 (each street's problem
 * list, closed, accepted, overdue, the days to the campaign's end, and the overdue items) and
 * 资金发放核查 (removal lists against the forms, money paid after removal to recover, 人卡不一致 and double
 * payments). Rows are maps keyed by the templates' fields, the same for PDF and xlsx.
 */
@Component
class CampaignSections {

  private final RectificationQueries rectification;
  private final MoneyQueries money;
  private final ReportingCalendar calendar;

  CampaignSections(
      RectificationQueries rectification, MoneyQueries money, ReportingCalendar calendar) {
    this.rectification = rectification;
    this.money = money;
    this.calendar = calendar;
  }

  /** The two sections' rows and sentences, read once for a report. */
  record Data(
      String rectificationIntro,
      List<Map<String, ?>> progress,
      String overdueIntro,
      List<Map<String, ?>> overdue,
      String moneyIntro,
      List<Map<String, ?>> moneyRows) {}

  /** Reads both sections for a report's scope. */
  Data read(ReportScope scope) {
    List<StreetProgress> progress = rectification.progress(StreetAccess.all());
    List<OverdueItem> overdue = rectification.overdue(StreetAccess.all());
    List<Map<String, ?>> moneyRows = moneyRows(scope);
    return new Data(
        rectificationIntro(progress),
        progressRows(progress),
        overdue.isEmpty() ? null : "超期未销号的问题共 " + overdue.size() + " 项，按街镇列出如下（责任人已作脱敏处理）：",
        overdue.stream().map(CampaignSections::overdueRow).toList(),
        moneyIntro(scope, moneyRows),
        moneyRows);
  }

  /**
   * Returns a row per street with anything to say (removals on a form or a list, payments), and the
   * district's total: removals over the scope's months, money paid after removal through the
   * scope's last month (what is to recover to date), payment checks over the scope's months.
   */
  private List<Map<String, ?>> moneyRows(ReportScope scope) {
    StreetAccess all = StreetAccess.all();
    Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
    for (RemovalsAgainstForm r : money.removalsAgainstForms(all, scope.from(), scope.to())) {
      Map<String, Object> row = moneyRow(rows, r.streetCode(), r.streetName());
      row.put("formRemoved", r.formRemoved());
      row.put("confirmed", r.confirmed());
      row.put("onTrust", r.onTrust());
      row.put("sentList", r.sentList());
    }
    for (PaidAfterRemoval p : money.paidAfterRemovalByMonth(all)) {
      if (Period.require(p.period()).compareTo(scope.to()) <= 0) {
        Map<String, Object> row = moneyRow(rows, p.streetCode(), p.streetName());
        row.put("paidAfter", ((BigDecimal) row.get("paidAfter")).add(p.yuan()));
        row.put("paidPersons", (Long) row.get("paidPersons") + p.persons());
      }
    }
    for (PaymentChecks c : money.checksByStreet(all, scope.from(), scope.to())) {
      Map<String, Object> row = moneyRow(rows, c.streetCode(), c.streetName());
      row.put("payeeNotRecipient", c.payeeNotRecipient());
      row.put("doubles", c.doublePayments());
    }
    List<Map<String, ?>> list = new ArrayList<>();
    Map<String, Object> total = moneyRow(new HashMap<>(), null, "全区合计");
    total.put("total", true);
    for (Map<String, Object> row : rows.values()) {
      boolean any = false;
      for (String key : MONEY_FIGURES) {
        Object v = row.get(key);
        any |= v instanceof BigDecimal d ? d.signum() != 0 : (Long) v != 0;
        total.put(
            key,
            v instanceof BigDecimal d
                ? ((BigDecimal) total.get(key)).add(d)
                : (Long) total.get(key) + (Long) v);
      }
      if (any) {
        if (!(Boolean) row.getOrDefault("sentList", true)) {
          row.put("street", row.get("street") + "（无清退名单）");
        }
        list.add(row);
      }
    }
    if (!list.isEmpty()) {
      list.add(total);
    }
    return list;
  }

  private static final List<String> MONEY_FIGURES =
      List.of(
          "formRemoved",
          "confirmed",
          "onTrust",
          "paidAfter",
          "paidPersons",
          "payeeNotRecipient",
          "doubles");

  private static Map<String, Object> moneyRow(
      Map<String, Map<String, Object>> rows, String code, String name) {
    return rows.computeIfAbsent(
        code == null ? "" : code,
        k -> {
          Map<String, Object> row = new HashMap<>();
          row.put("street", name);
          for (String key : MONEY_FIGURES) {
            row.put(key, key.equals("paidAfter") ? BigDecimal.ZERO : (Object) 0L);
          }
          row.put("total", false);
          return row;
        });
  }

  private static String moneyIntro(ReportScope scope, List<Map<String, ?>> rows) {
    if (rows.isEmpty()) {
      return "尚无清退名单和资金发放台账，统计表的清退人数和追回资金尚无独立印证。";
    }
    Map<String, ?> t = rows.get(rows.size() - 1);
    long form = (Long) t.get("formRemoved");
    long confirmed = (Long) t.get("confirmed");
    return ("%s各街镇统计表填报清退 %,d 人，其中 %,d 人有清退名单印证（%s），%,d 人仅凭统计表填报。"
            + "截至%s，清退人员清退后仍获发放救助金 %s 元（%,d 人次），应予追回；"
            + "资金发放台账中人卡不一致且未备案代管的 %,d 笔，同月同项目重复发放 %,d 组。")
        .formatted(
            scope.label(),
            form,
            confirmed,
            rate(confirmed, form),
            form - confirmed,
            scope.to().label(),
            String.format("%,.2f", (BigDecimal) t.get("paidAfter")),
            (Long) t.get("paidPersons"),
            (Long) t.get("payeeNotRecipient"),
            (Long) t.get("doubles"));
  }

  private String daysToEnd() {
    long days = calendar.daysToCampaignEnd();
    String end = DistrictSummary.date(calendar.campaignEnd());
    if (days > 0) {
      return "距" + end + "整改销号截止还有 " + days + " 天";
    }
    return days == 0 ? "今天为整改销号截止日（" + end + "）" : "整改销号截止日（" + end + "）已过 " + -days + " 天";
  }

  private String rectificationIntro(List<StreetProgress> progress) {
    if (progress.isEmpty()) {
      return "各街镇尚未报送问题清单和整改台账；" + daysToEnd() + "。";
    }
    long items = progress.stream().mapToLong(StreetProgress::items).sum();
    long closed = progress.stream().mapToLong(StreetProgress::closed).sum();
    long accepted = progress.stream().mapToLong(StreetProgress::accepted).sum();
    long overdue = progress.stream().mapToLong(StreetProgress::overdue).sum();
    long streets = progress.stream().filter(p -> p.overdue() > 0).count();
    return "%d 个街镇的问题清单共列问题 %,d 项，已销号 %,d 项（销号率 %s），其中经工作专班确认 %,d 项；超期未销号 %,d 项，涉及 %d 个街镇。%s，所有问题须在截止日前销号。"
        .formatted(
            progress.size(),
            items,
            closed,
            rate(closed, items),
            accepted,
            overdue,
            streets,
            daysToEnd());
  }

  private static List<Map<String, ?>> progressRows(List<StreetProgress> progress) {
    List<Map<String, ?>> rows = new ArrayList<>();
    long[] sum = new long[6];
    for (StreetProgress p : progress) {
      rows.add(
          progressRow(
              p.streetName(),
              p.items(),
              p.inProgress(),
              p.rectified(),
              p.closed(),
              p.accepted(),
              p.overdue(),
              false));
      sum[0] += p.items();
      sum[1] += p.inProgress();
      sum[2] += p.rectified();
      sum[3] += p.closed();
      sum[4] += p.accepted();
      sum[5] += p.overdue();
    }
    if (!progress.isEmpty()) {
      rows.add(progressRow("全区合计", sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], true));
    }
    return rows;
  }

  private static Map<String, ?> progressRow(
      String street,
      long items,
      long inProgress,
      long rectified,
      long closed,
      long accepted,
      long overdue,
      boolean total) {
    Map<String, Object> row = new HashMap<>();
    row.put("street", street);
    row.put("items", items);
    row.put("inProgress", inProgress);
    row.put("rectified", rectified);
    row.put("closed", closed);
    row.put("accepted", accepted);
    row.put("overdue", overdue);
    row.put("closedRate", rate(closed, items));
    row.put("total", total);
    return row;
  }

  private static Map<String, ?> overdueRow(OverdueItem item) {
    Map<String, Object> row = new HashMap<>();
    row.put("street", item.streetName());
    row.put("rowNo", (long) item.rowNo());
    row.put("problemType", item.problemType());
    row.put("description", item.description());
    row.put("responsible", item.responsibleMasked());
    row.put("dueDate", item.dueDate() == null ? null : item.dueDate().toString());
    row.put("days", item.daysOverdue());
    return row;
  }

  private static String rate(long part, long total) {
    return total == 0 ? "—" : String.format("%.1f%%", 100.0 * part / total);
  }
}
