package org.doudi.reports.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.doudi.reports.ReportsTestApplication;
import org.doudi.reports.internal.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

class FindingViewToleranceTest {

  @TempDir Path dir;

  @Test
  void findingViewWithOnlyTheContractColumnsCountsEveryFindingAsOpen() throws Exception {
    try (ConfigurableApplicationContext context = ReportsTestApplication.start(dir)) {
      // given a finding view with the contract's columns only (no status)
      ReportsTestApplication.load(context, "fixtures/district.sql");
      context
          .getBean(JdbcTemplate.class)
          .execute(
              "CREATE OR REPLACE VIEW finding AS SELECT period, street_code, rule, metric,"
                  + " street_value, other_value, severity, message FROM finding_record");
      DistrictReports reports = context.getBean(DistrictReports.class);

      // when
      byte[] pdf = reports.render(reports.scope("2024-12"), ReportFormat.PDF);

      // then the closed wanli finding counts too: four in 2024-12
      try (PDDocument document = Loader.loadPDF(pdf)) {
        assertThat(new PDFTextStripper().getText(document))
            .contains("核查发现共4项，其中待处理4项（高风险1项、中风险2项、低风险1项）");
      }
    }
  }
}
