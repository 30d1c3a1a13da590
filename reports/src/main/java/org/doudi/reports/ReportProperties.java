package org.doudi.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the reports print about their issuer ({@code doudi.report.*}), checked at start.
 *
 * @param issuer the issuing unit on covers and signature blocks, e.g. 普陀区民政局
 * @param title the district report's title, without 《》
 * @param formTitle the statistics form's title on a street's form report
 */
@ConfigurationProperties("doudi.report")
public record ReportProperties(
    @DefaultValue("普陀区民政局") String issuer,
    @DefaultValue("关于开展社会救助“人情保”“关系保”问题的情况报告") String title,
    @DefaultValue("普陀区社会救助“人情保”“关系保”问题自查自纠工作开展情况统计表") String formTitle) {

  /** Refuses an empty issuer or title: a report must say who issued it and what it is. */
  public ReportProperties {
    require(issuer, "doudi.report.issuer");
    require(title, "doudi.report.title");
    require(formTitle, "doudi.report.form-title");
  }

  private static void require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " 不能为空");
    }
  }
}
