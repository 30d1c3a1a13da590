package org.doudi.reports.streetform;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.doudi.reports.ReportProperties;
import org.doudi.reports.internal.JasperTemplates;
import org.doudi.reports.internal.ReportExport;
import org.doudi.reports.internal.ReportFormat;
import org.doudi.reports.internal.ReportTemplate;
import org.doudi.warehouse.InstanceSettings;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.MetricDictionary;
import org.doudi.warehouse.dictionary.MetricLabel;
import org.doudi.warehouse.dictionary.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Renders one street's current form for a period (the latest version that was not returned) as a
 * PDF laid out like the attachment: header fields, the three-row header, 数据 and 备注.
 */
@Component
public class StreetFormReports {

  private static final String NOTES =
      "注：1. 请于统计期次月25日前通过随申办政务云报送至区民政局社会救助科；2. 请加强沟通协同，确保报送数据与报送同级纪检监察机关数据一致。";

  private final JdbcTemplate jdbc;
  private final JasperTemplates templates;
  private final MetricDictionary metrics;
  private final InstanceSettings settings;
  private final String heading;
  private final String issuer;

  StreetFormReports(
      JdbcTemplate jdbc,
      JasperTemplates templates,
      MetricDictionary metrics,
      InstanceSettings settings,
      ReportProperties properties) {
    this.jdbc = jdbc;
    this.templates = templates;
    this.metrics = metrics;
    this.settings = settings;
    this.heading = properties.formTitle();
    this.issuer = properties.issuer();
  }

  /** Returns the streets that have a current form for the period. */
  public java.util.Set<String> streetsWithForm(Period period) {
    return new java.util.HashSet<>(
        jdbc.queryForList(
            "SELECT street_code FROM street_report WHERE period = ?",
            String.class,
            period.toString()));
  }

  /**
   * Returns the file name a download of the form gets, with the street's name:
   * 统计表-长寿路街道-2026年10月.pdf.
   */
  public String fileName(String streetCode, Period period) {
    String name =
        jdbc
            .queryForList("SELECT name FROM street WHERE code = ?", String.class, streetCode)
            .stream()
            .findFirst()
            .orElse(streetCode);
    return "统计表-" + name + "-" + period.label() + ".pdf";
  }

  /** Renders the street's form for the period; empty when the street has no current form. */
  public Optional<byte[]> render(String streetCode, Period period) {
    List<Map<String, Object>> forms =
        jdbc.queryForList(
            "SELECT r.*, f.contact_phone, f.remarks FROM street_report r"
                + " JOIN street_form f ON f.period = r.period AND f.street_code = r.street_code"
                + " AND f.version = r.version"
                + " WHERE r.period = ? AND r.street_code = ?",
            period.toString(),
            streetCode);
    if (forms.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> form = forms.get(0);
    Map<String, Object> row = new HashMap<>();
    row.put("street", form.get("street_name"));
    row.put("contact", form.get("contact_name"));
    row.put("phone", form.get("contact_phone"));
    Object fill = form.get("fill_date");
    String fillText =
        fill instanceof Date date
            ? date.toLocalDate().toString()
            : fill == null ? "" : fill.toString();
    row.put("fill_date", fillText);
    row.put("period", period.label());
    row.put("version", "第" + form.get("version") + "版（同一统计期以最新一次报送为准）· " + issuer + "据报送文件生成");
    Object remarks = form.get("remarks");
    row.put(
        "remarks", (remarks == null || remarks.toString().isBlank() ? "" : remarks + "\n") + NOTES);
    for (Metric metric : Metric.values()) {
      BigDecimal value = new BigDecimal(form.get(metric.key()).toString());
      row.put(metric.key(), metric.kind() == Metric.Kind.YUAN ? value : (Object) value.longValue());
    }
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("DEMO", settings.demoData());
    parameters.put("MARKING", "内部资料");
    parameters.put("FOOTER", form.get("street_name") + " · " + period.label() + " · " + heading);
    parameters.put("PAGE_OFFSET", 0);
    parameters.put("HEADING", heading);
    parameters.put("LABELS", labels());
    try {
      JasperPrint print =
          JasperFillManager.fillReport(
              templates.get(ReportTemplate.STREET_FORM),
              parameters,
              new JRMapCollectionDataSource(List.of(row)));
      return Optional.of(
          ReportExport.export(
              List.of(print),
              List.of("统计表"),
              ReportFormat.PDF,
              heading + "（" + form.get("street_name") + "，" + period.label() + "）"));
    } catch (JRException e) {
      throw new IllegalStateException("统计表生成失败：" + e.getMessage(), e);
    }
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
}
