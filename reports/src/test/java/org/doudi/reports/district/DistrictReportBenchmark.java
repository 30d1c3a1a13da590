package org.doudi.reports.district;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.doudi.reports.ReportsTestApplication;
import org.doudi.reports.internal.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the district report's render time, cold (first render in the process: template
 * compilation, font loading) and warm (median of 10), and its size. Not part of the build; run:
 * {@code ./mvnw -B -q -pl reports -am test -Dtest=DistrictReportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class DistrictReportBenchmark {

  @TempDir Path dir;

  @Test
  void measureRenderTimeAndSize() {
    try (ConfigurableApplicationContext context = ReportsTestApplication.start(dir)) {
      ReportsTestApplication.load(context, "fixtures/district.sql");
      DistrictReports reports = context.getBean(DistrictReports.class);
      ReportScope scope = reports.scope("2024-12");
      for (ReportFormat format : ReportFormat.values()) {
        long started = System.nanoTime();
        byte[] first = reports.render(scope, format);
        long cold = (System.nanoTime() - started) / 1_000_000;
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          long t = System.nanoTime();
          reports.render(scope, format);
          warm.add((System.nanoTime() - t) / 1_000_000);
        }
        Collections.sort(warm);
        System.out.printf(
            "BENCH district %s: cold %d ms, warm median %d ms (min %d, max %d), size %,d bytes%n",
            format, cold, warm.get(5), warm.get(0), warm.get(9), first.length);
      }
    }
  }
}
