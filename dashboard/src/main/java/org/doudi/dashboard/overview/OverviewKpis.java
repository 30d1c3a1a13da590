package org.doudi.dashboard.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doudi.dashboard.charts.PeriodRange;
import org.doudi.warehouse.calendar.PeriodStatus;
import org.doudi.warehouse.calendar.ReportingCalendar;
import org.doudi.warehouse.dictionary.MetricDictionary;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.RemovalKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the overview's KPI cards for a range and the range before it in one query over the
 * statistics forms, the petition log and the findings.
 */
@Component
class OverviewKpis {

  private static final String CUR = "period BETWEEN r.cf AND r.ct";
  private static final String PREV = "period BETWEEN r.pf AND r.pt";

  private final JdbcTemplate jdbc;
  private final ReportingCalendar calendar;
  private final List<RemovalKind> kinds;
  private final String sql;

  OverviewKpis(JdbcTemplate jdbc, MetricDictionary metrics, ReportingCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.kinds = metrics.removalKinds();
    List<String> measures = new ArrayList<>();
    kinds.forEach(k -> measures.add(k.removed().key()));
    measures.add(
        String.join(" + ", kinds.stream().map(k -> k.recovered().key()).toList())
            + " AS recovered");
    measures.addAll(
        List.of("clues_total", "clues_resolved", "petitions_handled", "petitions_resolved"));
    this.sql = sql(measures);
  }

  private static String sql(List<String> formMeasures) {
    StringBuilder forms =
        new StringBuilder("SELECT count(*) FILTER (WHERE " + CUR + ") AS forms_cur");
    for (String measure : formMeasures) {
      String[] parts = measure.split(" AS ");
      String expression = parts[0];
      String name = parts.length > 1 ? parts[1] : parts[0];
      forms
          .append(",\n sum(")
          .append(expression)
          .append(") FILTER (WHERE ")
          .append(CUR)
          .append(") AS ")
          .append(name)
          .append("_cur");
      forms
          .append(",\n sum(")
          .append(expression)
          .append(") FILTER (WHERE ")
          .append(PREV)
          .append(") AS ")
          .append(name)
          .append("_prev");
    }
    return """
        WITH r AS (SELECT ?::VARCHAR AS cf, ?::VARCHAR AS ct, ?::VARCHAR AS pf, ?::VARCHAR AS pt,
                          ?::VARCHAR AS street),
        forms AS (%s FROM street_report, r WHERE street_code = coalesce(r.street, street_code)),
        cases AS (
            SELECT CAST(coalesce(sum(cases) FILTER (WHERE period BETWEEN r.cf AND r.ct), 0)
                       AS BIGINT) AS cases_cur,
                   CAST(coalesce(sum(cases) FILTER (WHERE period BETWEEN r.pf AND r.pt), 0)
                       AS BIGINT) AS cases_prev,
                   CAST(coalesce(sum(cases) FILTER (WHERE period BETWEEN r.cf AND r.ct
                       AND resolved), 0) AS BIGINT) AS cases_resolved_cur
            FROM petition_month, r
            WHERE period BETWEEN least(r.cf, r.pf) AND r.ct
              AND street_code = coalesce(r.street, street_code)),
        findings AS (
            SELECT count(*) FILTER (WHERE severity = 'high' AND status = 'open' AND %s)
                       AS high_open_cur,
                   count(*) FILTER (WHERE severity = 'high' AND status = 'open' AND %s)
                       AS high_open_prev,
                   count(*) FILTER (WHERE rule IN ('late_submission', 'missing_submission') AND %s)
                       AS late_cur,
                   count(*) FILTER (WHERE rule IN ('late_submission', 'missing_submission') AND %s)
                       AS late_prev
            FROM finding, r
            WHERE street_code = coalesce(r.street, street_code))
        SELECT * FROM forms, cases, findings
        """
        .formatted(forms, CUR, PREV, CUR, PREV);
  }

  /** Returns the KPI cards for a range, for one street or (null) the streets' sum. */
  List<Kpi> kpis(PeriodRange range, String street) {
    PeriodRange previous = range.previous();
    Map<String, Object> row =
        jdbc.queryForMap(
            sql,
            Arrays.asList(
                    range.from().toString(),
                    range.to().toString(),
                    previous.from().toString(),
                    previous.to().toString(),
                    street)
                .toArray());
    List<Kpi> kpis = new ArrayList<>();
    Versus vs = versus(range);
    for (RemovalKind kind : kinds) {
      kpis.add(count(row, kind.removed().key(), "清退" + kind.quotedLabel(), "人", vs));
    }
    BigDecimal recovered = decimal(row.get("recovered_cur"));
    BigDecimal recoveredPrev = decimal(row.get("recovered_prev"));
    kpis.add(
        new Kpi(
            "追回资金",
            Numbers.yuan(recovered),
            "元",
            vs.change(Numbers.changeYuan(recovered.subtract(recoveredPrev))),
            vs.trend(recovered.compareTo(recoveredPrev)),
            String.join("、", kinds.stream().map(RemovalKind::label).toList()) + "合计",
            false));
    kpis.add(rate(row, "clues_total", "clues_resolved", "问题线索", "条", vs, null));
    long cases = longValue(row.get("cases_cur"));
    kpis.add(
        rate(
            row,
            "petitions_handled",
            "petitions_resolved",
            "信访事项",
            "件",
            vs,
            "信访台账受理 "
                + Numbers.count(cases)
                + " 件，处置到位 "
                + Numbers.percent(longValue(row.get("cases_resolved_cur")), cases)));
    long high = longValue(row.get("high_open_cur"));
    kpis.add(
        new Kpi(
            "待处理高风险发现",
            Numbers.count(high),
            "项",
            vs.change(Numbers.change(high - longValue(row.get("high_open_prev")), "项")),
            vs.trend(Long.compare(high, longValue(row.get("high_open_prev")))),
            "严重程度为“高”且尚未处理",
            high > 0));
    long late = longValue(row.get("late_cur"));
    kpis.add(
        new Kpi(
            "迟报或漏报统计表",
            Numbers.count(late),
            "份",
            vs.change(Numbers.change(late - longValue(row.get("late_prev")), "份")),
            vs.trend(Long.compare(late, longValue(row.get("late_prev")))),
            "本期已报送 " + Numbers.count(longValue(row.get("forms_cur"))) + " 份统计表",
            late > 0));
    return kpis;
  }

  /**
   * What a card's change is measured against: the previous month (or to date a month ago) when both
   * it and the range's month are complete; otherwise nothing, and the note says why (a month still
   * being filed grows day by day, so a fall against a complete month would be false).
   */
  private record Versus(String label, boolean compares) {

    String change(String difference) {
      return compares ? label + " " + difference : label;
    }

    String trend(int comparison) {
      return compares ? Numbers.trend(comparison) : "flat";
    }
  }

  private Versus versus(PeriodRange range) {
    List<PeriodStatus> statuses = calendar.statuses();
    Optional<PeriodStatus> current =
        statuses.stream().filter(s -> s.period().equals(range.to())).findFirst();
    if (current.isPresent() && !current.get().complete()) {
      return new Versus(current.get().fillingNote() + "，暂不比较", false);
    }
    Period before = range.to().previous();
    Optional<PeriodStatus> previous =
        statuses.stream().filter(s -> s.period().equals(before)).findFirst();
    if (previous.isEmpty() || !previous.get().complete()) {
      return new Versus(before.label() + "无完整数据，不作比较", false);
    }
    return new Versus(range.previousLabel(), true);
  }

  private static Kpi count(
      Map<String, Object> row, String key, String label, String unit, Versus vs) {
    long current = longValue(row.get(key + "_cur"));
    long previous = longValue(row.get(key + "_prev"));
    return new Kpi(
        label,
        Numbers.count(current),
        unit,
        vs.change(Numbers.change(current - previous, unit)),
        vs.trend(Long.compare(current, previous)),
        null,
        false);
  }

  private static Kpi rate(
      Map<String, Object> row,
      String totalKey,
      String resolvedKey,
      String label,
      String unit,
      Versus vs,
      String note) {
    long total = longValue(row.get(totalKey + "_cur"));
    long resolved = longValue(row.get(resolvedKey + "_cur"));
    long totalPrev = longValue(row.get(totalKey + "_prev"));
    long resolvedPrev = longValue(row.get(resolvedKey + "_prev"));
    String share =
        "已处置到位 " + Numbers.count(resolved) + unit + "，占 " + Numbers.percent(resolved, total);
    String change = vs.change(Numbers.change(total - totalPrev, unit));
    if (vs.compares() && total > 0 && totalPrev > 0) {
      double points = 100.0 * resolved / total - 100.0 * resolvedPrev / totalPrev;
      change += "，到位率 " + Numbers.signedPoints(points);
    }
    return new Kpi(
        label,
        Numbers.count(total),
        unit,
        change,
        vs.trend(Long.compare(total, totalPrev)),
        note == null ? share : share + "；" + note,
        false);
  }

  private static long longValue(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static BigDecimal decimal(Object value) {
    if (value == null) {
      return BigDecimal.ZERO;
    }
    return value instanceof BigDecimal d
        ? d.setScale(2, RoundingMode.HALF_UP)
        : BigDecimal.valueOf(((Number) value).doubleValue()).setScale(2, RoundingMode.HALF_UP);
  }
}
