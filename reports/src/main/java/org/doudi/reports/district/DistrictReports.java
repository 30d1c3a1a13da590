package org.doudi.reports.district;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.doudi.reports.internal.ChartPainter;
import org.doudi.reports.internal.JasperTemplates;
import org.doudi.reports.internal.ReportExport;
import org.doudi.reports.internal.ReportFormat;
import org.doudi.reports.internal.ReportTemplate;
import org.doudi.warehouse.InstanceSettings;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.MetricDictionary;
import org.doudi.warehouse.dictionary.MetricLabel;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.Street;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders the district report (《关于开展社会救助“人情保”“关系保”问题的情况报告》) for a month or the campaign to date, as
 * a PDF to sign or an .xlsx to work with; both come from the same filled report.
 */
@Component
public class DistrictReports {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(DistrictReports.class);

  /** The marking every page carries. */
  static final String MARKING = "内部资料";

  private final DistrictReportQuery query;
  private final JasperTemplates templates;
  private final MetricDictionary metrics;
  private final InstanceSettings settings;
  private final Clock clock;
  private final String issuer;
  private final String title;
  private final Period campaignStart;
  private final int deadlineDay;

  DistrictReports(
      DistrictReportQuery query,
      JasperTemplates templates,
      MetricDictionary metrics,
      InstanceSettings settings,
      Clock clock,
      @Value("${doudi.report.issuer:普陀区民政局}") String issuer,
      @Value("${doudi.report.title:关于开展社会救助“人情保”“关系保”问题的情况报告}") String title,
      @Value("${doudi.campaign.start:2024-11}") String campaignStart,
      @Value("${doudi.deadline.day-of-next-month:25}") int deadlineDay) {
    this.query = query;
    this.templates = templates;
    this.metrics = metrics;
    this.settings = settings;
    this.clock = clock;
    this.issuer = issuer;
    this.title = title;
    this.campaignStart = Period.require(campaignStart);
    this.deadlineDay = deadlineDay;
  }

  /** Returns the periods that have forms, newest first: what a report can be asked for. */
  public List<Period> periods() {
    return query.periods();
  }

  /**
   * Returns the scope a key names: {@code YYYY-MM} for one month, {@code campaign} (or 全周期) for the
   * campaign to date through the latest month with forms.
   */
  public ReportScope scope(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("缺少统计期，应写作 2024-12 或 campaign（全周期）");
    }
    String trimmed = key.strip();
    if (trimmed.equals(ReportScope.CAMPAIGN) || trimmed.equals("全周期")) {
      return campaignToDate();
    }
    return ReportScope.month(Period.require(trimmed));
  }

  /** Returns the campaign from its first month through the latest month with forms. */
  public ReportScope campaignToDate() {
    Period last = query.latestPeriod().orElse(Period.of(LocalDate.now(clock)).previous());
    Period first = campaignStart.compareTo(last) <= 0 ? campaignStart : last;
    return new ReportScope(first, last, true);
  }

  /** Returns the report's title for a scope, as a mail subject or a PDF title reads. */
  public String title(ReportScope scope) {
    return "《" + title + "》（" + scope.label() + "）";
  }

  /** Returns the file name a download of the report gets. */
  public String fileName(ReportScope scope, ReportFormat format) {
    return "情况报告-" + scope.key() + "." + format.extension();
  }

  /** Renders the report of the scope in the format. */
  public byte[] render(ReportScope scope, ReportFormat format) {
    LocalDate today = LocalDate.now(clock);
    Period trendFrom = scope.to();
    for (int i = 0; i < 11 && trendFrom.compareTo(campaignStart) > 0; i++) {
      trendFrom = trendFrom.previous();
    }
    long started = System.nanoTime();
    DistrictReportData data = query.read(scope, today, trendFrom, deadlineDay);
    long read = System.nanoTime();
    List<JasperPrint> prints = fill(data);
    long filled = System.nanoTime();
    byte[] bytes =
        ReportExport.export(prints, List.of("报告", "统计表", "工作趋势", "核查与报送"), format, title(scope));
    log.info(
        "District report {} as {}: read {} ms, fill {} ms, export {} ms, {} bytes",
        scope.key(),
        format.extension(),
        (read - started) / 1_000_000,
        (filled - read) / 1_000_000,
        (System.nanoTime() - filled) / 1_000_000,
        bytes.length);
    return bytes;
  }

  private List<JasperPrint> fill(DistrictReportData data) {
    boolean demo = settings.demoData();
    String issueDate = DistrictSummary.date(data.today());
    String footer = issuer + " · 情况报告（" + data.scope().label() + "）· 内部资料";
    try {
      List<JasperPrint> prints = new ArrayList<>();
      Map<String, Object> common = new HashMap<>();
      common.put("DEMO", demo);
      common.put("MARKING", MARKING);
      common.put("FOOTER", footer);

      Map<String, Object> cover = new HashMap<>(common);
      cover.put("ISSUER", issuer);
      cover.put("TITLE", title);
      cover.put("PERIOD_LABEL", data.scope().label());
      cover.put("ISSUE_DATE", issueDate);
      cover.put("SOURCE_NOTE", demo ? "本报告由演示数据生成，不代表任何真实情况" : "本报告由兜底数据平台根据各街镇报送的统计表汇总生成");
      cover.put("PAGE_OFFSET", -1);
      prints.add(fill(ReportTemplate.DISTRICT_SUMMARY, cover, summaryRows(data)));
      int offset = pages(prints) - 1;

      Map<String, Object> table = new HashMap<>(common);
      table.put("LABELS", labels());
      table.put("HEADING", "各街镇自查自纠工作开展情况统计表");
      table.put("NOTE", "统计期：" + data.scope().label() + "　　单位：人、元、条、件　　空白表示该街镇未报送");
      table.put("PAGE_OFFSET", offset);
      prints.add(fill(ReportTemplate.DISTRICT_TABLE, table, tableRows(data)));
      offset = pages(prints) - 1;

      Map<String, Object> charts = new HashMap<>(common);
      charts.putAll(charts(data));
      charts.put("PAGE_OFFSET", offset);
      prints.add(fill(ReportTemplate.DISTRICT_CHARTS, charts, List.of()));
      offset = pages(prints) - 1;

      Map<String, Object> status = new HashMap<>(common);
      status.put("HEADING", "四、核查发现与报送情况");
      status.put(
          "INTRO",
          new DistrictSummary(data).findingsSentence(false)
              + "下表按街镇列出统计表报送情况（截止日为次月"
              + deadlineDay
              + "日）和未关闭的核查发现。");
      status.put("HIGHLIGHTS", highlights(data));
      status.put("ISSUER", issuer);
      status.put("ISSUE_DATE", issueDate);
      status.put("PAGE_OFFSET", offset);
      prints.add(fill(ReportTemplate.DISTRICT_STATUS, status, statusRows(data)));
      return prints;
    } catch (JRException e) {
      throw new IllegalStateException("区级报告生成失败：" + e.getMessage(), e);
    }
  }

  private JasperPrint fill(
      ReportTemplate template, Map<String, Object> parameters, List<Map<String, ?>> rows)
      throws JRException {
    return JasperFillManager.fillReport(
        templates.get(template), parameters, new JRMapCollectionDataSource(rows));
  }

  private static int pages(List<JasperPrint> prints) {
    return prints.stream().mapToInt(p -> p.getPages().size()).sum();
  }

  private Map<String, String> labels() {
    Map<String, String> labels = new HashMap<>();
    for (MetricLabel label : metrics.all()) {
      String key = label.metric().key();
      labels.put("group." + key, label.groupLabel());
      labels.put("item." + key, label.itemLabel());
      labels.put("unit." + key, label.unitLabel() == null ? "" : label.unitLabel());
    }
    return labels;
  }

  private List<Map<String, ?>> summaryRows(DistrictReportData data) {
    DistrictSummary summary = new DistrictSummary(data);
    List<Map<String, ?>> rows = new ArrayList<>();
    rows.add(row("t", title));
    rows.add(row("h", "一、总体情况"));
    summary.overview().forEach(p -> rows.add(row("p", p)));
    rows.add(row("h", "二、各街镇情况"));
    rows.add(row("p", streetsSentence(data)));
    rows.add(row("h", "三、下一步工作"));
    rows.add(
        row(
            "p",
            "请各街镇对照核查发现逐项核实、说明或更正，确保报送区民政局的数据与报送同级纪检监察机关的数据一致；"
                + "对实名投诉举报线索建立台账、逐一核实、及时跟进；未按时报送统计表的街镇请于收到本报告后尽快补报。"));
    return rows;
  }

  private String streetsSentence(DistrictReportData data) {
    List<Metric> removed = DistrictSummary.REMOVED;
    List<Metric> recovered = DistrictSummary.RECOVERED;
    Map<String, String> names = new HashMap<>();
    data.streets().forEach(s -> names.put(s.code(), s.name()));
    if (data.byStreet().isEmpty()) {
      return "各街镇统计表见后附统计表。";
    }
    String byRemoved = top(data, removed, names, false);
    String byRecovered = top(data, recovered, names, true);
    return "各街镇统计表汇总见后附《各街镇自查自纠工作开展情况统计表》。"
        + (byRemoved.isEmpty() ? "" : "清退人数较多的街镇为" + byRemoved + "；")
        + (byRecovered.isEmpty() ? "" : "追回资金较多的街镇为" + byRecovered + "。");
  }

  private static String top(
      DistrictReportData data, List<Metric> metrics, Map<String, String> names, boolean yuan) {
    return data.byStreet().entrySet().stream()
        .map(e -> Map.entry(e.getKey(), DistrictSummary.sum(e.getValue(), metrics)))
        .filter(e -> e.getValue().signum() > 0)
        .sorted(
            Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(3)
        .map(
            e ->
                names.getOrDefault(e.getKey(), e.getKey())
                    + "（"
                    + (yuan
                        ? DistrictSummary.yuan(e.getValue()) + "元"
                        : DistrictSummary.integer(e.getValue()) + "人")
                    + "）")
        .reduce((a, b) -> a + "、" + b)
        .orElse("");
  }

  private static Map<String, ?> row(String kind, String text) {
    return Map.of("kind", kind, "text", text);
  }

  private List<Map<String, ?>> tableRows(DistrictReportData data) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Street street : data.streets()) {
      Map<Metric, BigDecimal> values = data.byStreet().get(street.code());
      Map<String, Object> row = new HashMap<>();
      row.put("street", values == null ? street.name() + "（未报送）" : street.name());
      row.put("total", false);
      putMetrics(row, values);
      rows.add(row);
    }
    Map<String, Object> total = new HashMap<>();
    total.put("street", "全区合计");
    total.put("total", true);
    putMetrics(total, data.total().isEmpty() ? null : data.total());
    rows.add(total);
    return rows;
  }

  private static void putMetrics(Map<String, Object> row, Map<Metric, BigDecimal> values) {
    if (values == null) {
      return;
    }
    for (Metric metric : Metric.values()) {
      BigDecimal value = values.getOrDefault(metric, BigDecimal.ZERO);
      row.put(metric.key(), metric.kind() == Metric.Kind.YUAN ? value : (Object) value.longValue());
    }
  }

  private Map<String, Object> charts(DistrictReportData data) {
    List<Period> periods = new ArrayList<>(data.trend().keySet());
    List<String> categories = periods.stream().map(p -> p.month().getMonthValue() + "月").toList();
    Color[] palette = {
      new Color(0xB4, 0x23, 0x18),
      new Color(0xE0, 0x7B, 0x39),
      new Color(0x4A, 0x6F, 0xA5),
      new Color(0x8C, 0x9C, 0xB0)
    };
    List<ChartPainter.Series> removed = new ArrayList<>();
    List<Metric> removedMetrics = DistrictSummary.REMOVED;
    for (int i = 0; i < removedMetrics.size(); i++) {
      removed.add(series(data, periods, removedMetrics.get(i), palette[i]));
    }
    List<ChartPainter.Series> cases = new ArrayList<>();
    List<Metric> caseMetrics =
        List.of(
            Metric.CLUES_TOTAL,
            Metric.CLUES_RESOLVED,
            Metric.PETITIONS_HANDLED,
            Metric.PETITIONS_RESOLVED);
    Color[] casePalette = {
      new Color(0x4A, 0x6F, 0xA5),
      new Color(0xA9, 0xBF, 0xDD),
      new Color(0xB4, 0x23, 0x18),
      new Color(0xF0, 0xA8, 0x9F)
    };
    for (int i = 0; i < caseMetrics.size(); i++) {
      cases.add(series(data, periods, caseMetrics.get(i), casePalette[i]));
    }
    String range =
        periods.isEmpty()
            ? ""
            : periods.get(0).label() + "—" + periods.get(periods.size() - 1).label();
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("HEADING", "三、工作趋势");
    parameters.put(
        "INTRO", "下图按月汇总全区各街镇报送的统计表（" + range + "），反映清退人数和问题线索、信访事项处置情况的变化。各月数据为当月新增数，不是累计数。");
    parameters.put("CHART_REMOVED", ChartPainter.bars(categories, removed, true, "人", 460, 250));
    parameters.put("CAPTION_REMOVED", "图1  各月清退人数（人，按类型堆叠，" + range + "）");
    parameters.put("CHART_CASES", ChartPainter.bars(categories, cases, false, "条/件", 460, 250));
    parameters.put("CAPTION_CASES", "图2  各月问题线索与信访事项及其处置到位数（条/件，" + range + "）");
    return parameters;
  }

  private ChartPainter.Series series(
      DistrictReportData data, List<Period> periods, Metric metric, Color color) {
    List<BigDecimal> values =
        periods.stream()
            .map(p -> data.trend().get(p).getOrDefault(metric, BigDecimal.ZERO))
            .toList();
    return new ChartPainter.Series(metrics.label(metric).shortLabel(), color, values);
  }

  private List<Map<String, ?>> statusRows(DistrictReportData data) {
    List<Map<String, ?>> rows = new ArrayList<>();
    long[] sum = new long[3];
    for (Street street : data.streets()) {
      long[] counts = data.findings().getOrDefault(street.code(), new long[3]);
      rows.add(statusRow(street.name(), submission(data, street), counts, false));
      for (int i = 0; i < 3; i++) {
        sum[i] += counts[i];
      }
    }
    long[] district = data.findings().get("");
    if (district != null) {
      rows.add(statusRow("全区层面", "", district, false));
      for (int i = 0; i < 3; i++) {
        sum[i] += district[i];
      }
    }
    rows.add(statusRow("合计", "", sum, true));
    return rows;
  }

  private static Map<String, ?> statusRow(
      String street, String submission, long[] counts, boolean total) {
    Map<String, Object> row = new HashMap<>();
    row.put("street", street);
    row.put("submission", submission);
    row.put("high", counts[0]);
    row.put("medium", counts[1]);
    row.put("low", counts[2]);
    row.put("open", counts[0] + counts[1] + counts[2]);
    row.put("total", total);
    return row;
  }

  private static String submission(DistrictReportData data, Street street) {
    Map<Period, LocalDate> forms = data.fillDates().getOrDefault(street.code(), Map.of());
    if (!data.scope().campaign()) {
      Period period = data.scope().to();
      LocalDate deadline = data.deadline(period);
      if (!forms.containsKey(period)) {
        return data.today().isAfter(deadline)
            ? "未报送（截止 " + deadline + "）"
            : "尚未报送（截止 " + deadline + "）";
      }
      LocalDate fill = forms.get(period);
      if (fill == null) {
        return "已报送（未填填报日期）";
      }
      return fill.isAfter(deadline)
          ? "逾期报送（" + fill + "，截止 " + deadline + "）"
          : "按时报送（" + fill + "）";
    }
    int due = 0;
    int late = 0;
    List<String> missing = new ArrayList<>();
    for (Period period : data.periods()) {
      LocalDate deadline = data.deadline(period);
      boolean has = forms.containsKey(period);
      if (data.today().isAfter(deadline) || has) {
        due++;
      }
      if (has) {
        LocalDate fill = forms.get(period);
        if (fill != null && fill.isAfter(deadline)) {
          late++;
        }
      } else if (data.today().isAfter(deadline)) {
        missing.add(period.month().getYear() + "." + period.month().getMonthValue());
      }
    }
    return "应报 "
        + due
        + " 期，已报 "
        + forms.size()
        + " 期"
        + (late > 0 ? "，逾期 " + late + " 期" : "")
        + (missing.isEmpty()
            ? ""
            : missing.size() <= 3
                ? "，未报 " + String.join("、", missing)
                : "，未报 " + missing.size() + " 期（最近 " + missing.get(missing.size() - 1) + "）");
  }

  private static String highlights(DistrictReportData data) {
    if (data.highlights().isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("需重点关注的高风险问题：");
    int i = 1;
    for (String line : data.highlights()) {
      text.append('\n').append(i++).append(". ").append(line);
    }
    return text.toString();
  }

  /** Returns the scope for a period key, or empty when the key is not one. */
  public Optional<ReportScope> tryScope(String key) {
    try {
      return Optional.of(scope(key));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
