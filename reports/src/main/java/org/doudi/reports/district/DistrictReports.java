package org.doudi.reports.district;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.doudi.reports.ReportProperties;
import org.doudi.reports.internal.ChineseLines;
import org.doudi.reports.internal.JasperTemplates;
import org.doudi.reports.internal.ReportExport;
import org.doudi.reports.internal.ReportFormat;
import org.doudi.reports.internal.ReportTemplate;
import org.doudi.warehouse.InstanceSettings;
import org.doudi.warehouse.calendar.PeriodStatus;
import org.doudi.warehouse.calendar.ReportingCalendar;
import org.doudi.warehouse.dictionary.MetricDictionary;
import org.doudi.warehouse.dictionary.MetricLabel;
import org.doudi.warehouse.dictionary.Period;
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

  /** How the 整改情况 table counts. */
  static final String RECTIFICATION_NOTE = "说明：已销号指街镇报送的整改状态为“已销号”，须经区工作专班确认；超期指已过整改时限仍未销号。";

  /** How the money table counts. */
  static final String MONEY_NOTE =
      "说明：名单印证为各月各清退类型统计表人数与清退名单人数的较小者之和；清退后仍发放按清退街镇统计，为清退月份之后仍发放的金额；"
          + "人卡不一致指收款人既非救助对象本人也非卡折代管登记的代管人；重复发放指同一对象同月同项目发放两次及以上。";

  /** Section 七, the report's last before the signature. */
  static final String NEXT_STEPS =
      "请各街镇对照核查发现逐项核实、说明或更正，确保报送区民政局的数据与报送同级纪检监察机关的数据一致；"
          + "对实名投诉举报线索建立台账、逐一核实、及时跟进；未按时报送统计表的街镇请于收到本报告后尽快补报。";

  private final DistrictReportQuery query;
  private final JasperTemplates templates;
  private final MetricDictionary metrics;
  private final InstanceSettings settings;
  private final Clock clock;
  private final String issuer;
  private final String title;
  private final ReportingCalendar calendar;
  private final CampaignSections sections;

  DistrictReports(
      DistrictReportQuery query,
      JasperTemplates templates,
      MetricDictionary metrics,
      InstanceSettings settings,
      Clock clock,
      ReportProperties properties,
      ReportingCalendar calendar,
      CampaignSections sections) {
    this.sections = sections;
    this.query = query;
    this.templates = templates;
    this.metrics = metrics;
    this.settings = settings;
    this.clock = clock;
    this.issuer = properties.issuer();
    this.title = properties.title();
    this.calendar = calendar;
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

  /**
   * Returns the campaign from its first month through the month reports default to ({@link
   * #defaultPeriod}): a month still being filed is not summed into the campaign to date.
   */
  public ReportScope campaignToDate() {
    Period last = defaultPeriod().orElse(Period.of(LocalDate.now(clock)).previous());
    Period campaignStart = calendar.campaignStart();
    Period first = campaignStart.compareTo(last) <= 0 ? campaignStart : last;
    return new ReportScope(first, last, true);
  }

  /**
   * Returns the period the reports page and scheduled mails default to: the latest complete period
   * (every street in, or past its deadline) that has forms, else the latest with forms.
   */
  public Optional<Period> defaultPeriod() {
    List<Period> periods = periods();
    Optional<Period> complete = calendar.latestComplete();
    return periods.stream()
        .filter(p -> complete.isPresent() && p.compareTo(complete.get()) <= 0)
        .findFirst()
        .or(() -> periods.stream().findFirst());
  }

  /** Returns a month's filing status; a month after today's counts as not complete. */
  private PeriodStatus status(Period period) {
    return calendar
        .status(period)
        .orElseGet(
            () -> {
              LocalDate due = calendar.deadline(period);
              boolean past = calendar.today().isAfter(due);
              return new PeriodStatus(period, due, 0, query.streetCount(), past);
            });
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
    for (int i = 0; i < 11 && trendFrom.compareTo(calendar.campaignStart()) > 0; i++) {
      trendFrom = trendFrom.previous();
    }
    long started = System.nanoTime();
    DistrictReportData data =
        query.read(
            scope,
            today,
            trendFrom,
            calendar.deadlines(scope.from(), scope.to()),
            status(scope.to()),
            status(scope.to().previous()).complete());
    CampaignSections.Data campaign = sections.read(scope);
    long read = System.nanoTime();
    byte[] bytes;
    long filled;
    if (format == ReportFormat.XLSX) {
      filled = System.nanoTime();
      bytes = workbook(data, campaign);
    } else {
      List<JasperPrint> prints = fill(data, campaign);
      filled = System.nanoTime();
      bytes = ReportExport.export(prints, List.of(), format, title(scope));
    }
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

  private List<JasperPrint> fill(DistrictReportData data, CampaignSections.Data campaign) {
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
      prints.add(fill(ReportTemplate.DISTRICT_SUMMARY, cover, wrapped(summaryRows(data))));
      int offset = pages(prints) - 1;

      Map<String, Object> table = new HashMap<>(common);
      table.put("LABELS", labels());
      table.put("HEADING", "各街镇自查自纠工作开展情况统计表");
      table.put("NOTE", "统计期：" + data.scope().label() + "　　单位：人、元、条、件　　空白表示该街镇未报送");
      table.put("PAGE_OFFSET", offset);
      prints.add(fill(ReportTemplate.DISTRICT_TABLE, table, DistrictTable.rows(data)));
      offset = pages(prints) - 1;

      Map<String, Object> charts = new HashMap<>(common);
      charts.putAll(DistrictCharts.parameters(data, metrics));
      charts.put("PAGE_OFFSET", offset);
      prints.add(fill(ReportTemplate.DISTRICT_CHARTS, charts, List.of()));
      offset = pages(prints) - 1;

      Map<String, Object> work = new HashMap<>(common);
      work.put("HEADING", "四、整改情况");
      work.put("INTRO", ChineseLines.wrap(campaign.rectificationIntro(), 11f, false, 460f, 2));
      work.put("NOTE", campaign.progress().isEmpty() ? null : RECTIFICATION_NOTE);
      work.put("PAGE_OFFSET", offset);
      prints.add(fill(ReportTemplate.DISTRICT_RECTIFICATION, work, campaign.progress()));
      offset = pages(prints) - 1;
      if (!campaign.overdue().isEmpty()) {
        Map<String, Object> overdue = new HashMap<>(common);
        overdue.put("HEADING", "超期未销号问题清单");
        overdue.put("INTRO", ChineseLines.wrap(campaign.overdueIntro(), 11f, false, 460f, 0));
        overdue.put("PAGE_OFFSET", offset);
        prints.add(fill(ReportTemplate.DISTRICT_OVERDUE, overdue, campaign.overdue()));
        offset = pages(prints) - 1;
      }

      Map<String, Object> money = new HashMap<>(common);
      money.put("HEADING", "五、资金发放核查");
      money.put("INTRO", ChineseLines.wrap(campaign.moneyIntro(), 11f, false, 460f, 2));
      money.put("NOTE", campaign.moneyRows().isEmpty() ? null : MONEY_NOTE);
      money.put("PAGE_OFFSET", offset);
      prints.add(fill(ReportTemplate.DISTRICT_MONEY, money, campaign.moneyRows()));
      offset = pages(prints) - 1;

      Map<String, Object> status = new HashMap<>(common);
      status.put("HEADING", "六、核查发现与报送情况");
      status.put("INTRO", ChineseLines.wrap(statusIntro(data), 11f, false, 460f, 2));
      status.put(
          "HIGHLIGHTS", ChineseLines.wrap(DistrictStatus.highlights(data), 10.5f, false, 460f, 0));
      status.put("NEXT_HEADING", "七、下一步工作");
      status.put("NEXT_STEPS", ChineseLines.wrap(NEXT_STEPS, 12f, false, 460f, 2));
      status.put("ISSUER", issuer);
      status.put("ISSUE_DATE", issueDate);
      status.put("PAGE_OFFSET", offset);
      prints.add(fill(ReportTemplate.DISTRICT_STATUS, status, DistrictStatus.rows(data)));
      return prints;
    } catch (JRException e) {
      throw new IllegalStateException("区级报告生成失败：" + e.getMessage(), e);
    }
  }

  private String deadlineNote(DistrictReportData data) {
    if (!data.scope().campaign()) {
      return "截止日为" + DistrictSummary.date(data.deadline(data.scope().to()));
    }
    return "截止日一般为次月" + calendar.deadlineDay() + "日，区里另定截止日的按另定日期";
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
    rows.add(row("p", StreetRanking.sentence(data)));
    rows.add(row("p", "工作趋势见第三部分，整改情况见第四部分，资金发放核查见第五部分，核查发现与各街镇报送情况见第六部分，下一步工作见第七部分。"));
    return rows;
  }

  private static Map<String, ?> row(String kind, String text) {
    return Map.of("kind", kind, "text", text);
  }

  /** Returns the summary's rows for the PDF: each text broken into lines by the Chinese rules. */
  private static List<Map<String, ?>> wrapped(List<Map<String, ?>> rows) {
    return rows.stream()
        .<Map<String, ?>>map(
            r -> {
              String kind = (String) r.get("kind");
              String text = (String) r.get("text");
              return row(
                  kind,
                  switch (kind) {
                    case "t" -> ChineseLines.wrap(text, 18f, true, 460f, 0);
                    case "h" -> ChineseLines.wrap(text, 14f, true, 460f, 0);
                    default -> ChineseLines.wrap(text, 12f, false, 460f, 2);
                  });
            })
        .toList();
  }

  private String statusIntro(DistrictReportData data) {
    return new DistrictSummary(data).findingsSentence(false)
        + "下表按街镇列出统计表报送情况（"
        + deadlineNote(data)
        + "）和待处理的核查发现。";
  }

  /**
   * Returns the report as a workbook: the text, the table, the trend and the status, each a table.
   */
  private byte[] workbook(DistrictReportData data, CampaignSections.Data campaign) {
    List<Map<String, ?>> text = new ArrayList<>(summaryRows(data));
    text.add(row("h", "四、整改情况"));
    text.add(row("p", campaign.rectificationIntro()));
    if (campaign.overdueIntro() != null) {
      text.add(row("p", campaign.overdueIntro() + "见“超期问题”表。"));
    }
    text.add(row("h", "五、资金发放核查"));
    text.add(row("p", campaign.moneyIntro()));
    text.add(row("h", "六、核查发现与报送情况"));
    text.add(row("p", statusIntro(data)));
    data.highlights().forEach(line -> text.add(row("p", "需重点关注：" + line)));
    text.add(row("h", "七、下一步工作"));
    text.add(row("p", NEXT_STEPS));
    List<Map<String, ?>> trend = new ArrayList<>();
    data.trend()
        .forEach(
            (period, values) -> {
              Map<String, Object> row = new HashMap<>();
              row.put("street", period.label());
              DistrictTable.putMetrics(row, values.isEmpty() ? null : values);
              trend.add(row);
            });
    return new DistrictWorkbook()
        .text("报告", text)
        .figures("统计表", "街镇", metrics.all(), DistrictTable.rows(data))
        .figures("工作趋势", "统计期", metrics.all(), trend)
        .table(
            "核查与报送",
            List.of("街镇", "统计表报送情况", "待处理·高风险", "待处理·中风险", "待处理·低风险", "待处理合计"),
            List.of("street", "submission", "high", "medium", "low", "open"),
            DistrictStatus.rows(data))
        .table(
            "整改情况",
            List.of("街镇", "问题（项）", "整改中", "已整改待销号", "已销号", "其中专班已确认", "超期未销号", "销号率"),
            List.of(
                "street",
                "items",
                "inProgress",
                "rectified",
                "closed",
                "accepted",
                "overdue",
                "closedRate"),
            campaign.progress())
        .table(
            "超期问题",
            List.of("街镇", "序号", "问题类型", "问题描述", "责任人", "整改时限", "超期天数"),
            List.of(
                "street", "rowNo", "problemType", "description", "responsible", "dueDate", "days"),
            campaign.overdue())
        .table(
            "资金发放核查",
            List.of(
                "街镇",
                "统计表清退（人）",
                "名单印证（人）",
                "仅凭统计表（人）",
                "清退后仍发放应追回（元）",
                "涉及人次",
                "人卡不一致（笔）",
                "重复发放（组）"),
            List.of(
                "street",
                "formRemoved",
                "confirmed",
                "onTrust",
                "paidAfter",
                "paidPersons",
                "payeeNotRecipient",
                "doubles"),
            campaign.moneyRows())
        .bytes(title(data.scope()));
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
