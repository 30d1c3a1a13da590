package org.doudi.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Compiles each {@link ReportTemplate} from the classpath the first time it is needed and keeps the
 * compiled report for the life of the process (compiling costs seconds, filling milliseconds).
 */
@Component
public class JasperTemplates {

  private static final Logger log = LoggerFactory.getLogger(JasperTemplates.class);

  private final Map<ReportTemplate, JasperReport> compiled = new EnumMap<>(ReportTemplate.class);

  JasperTemplates() {
    DefaultJasperReportsContext.getInstance()
        .setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
  }

  /** Returns the compiled template, compiling it on first use. */
  public synchronized JasperReport get(ReportTemplate template) {
    return compiled.computeIfAbsent(template, JasperTemplates::compile);
  }

  private static JasperReport compile(ReportTemplate template) {
    long started = System.nanoTime();
    try (InputStream in =
        JasperTemplates.class.getClassLoader().getResourceAsStream(template.resource())) {
      if (in == null) {
        throw new IllegalStateException("报告模板缺失：" + template.resource());
      }
      JasperReport report = JasperCompileManager.compileReport(in);
      log.info(
          "Compiled report template {} in {} ms",
          template.resource(),
          (System.nanoTime() - started) / 1_000_000);
      return report;
    } catch (IOException | JRException e) {
      throw new IllegalStateException(
          "报告模板无法编译：" + template.resource() + "（" + e.getMessage() + "）", e);
    }
  }
}
