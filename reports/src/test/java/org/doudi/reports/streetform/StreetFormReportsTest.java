package org.doudi.reports.streetform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.doudi.reports.ReportsTestApplication;
import org.doudi.warehouse.dictionary.Period;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

class StreetFormReportsTest {

  @TempDir static Path dir;
  static ConfigurableApplicationContext context;
  static StreetFormReports forms;

  @BeforeAll
  static void openWarehouse() {
    context = ReportsTestApplication.start(dir);
    ReportsTestApplication.load(context, "fixtures/district.sql");
    forms = context.getBean(StreetFormReports.class);
  }

  @AfterAll
  static void close() {
    context.close();
  }

  @Test
  void formShowsTheLatestVersionWithTheAttachmentsLabels() throws Exception {
    // when
    byte[] pdf = forms.render("changshoulu", Period.of(2024, 12)).orElseThrow();
    ReportsTestApplication.keep("street-form-changshoulu-2024-12.pdf", pdf);

    // then
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(text)
          .contains("自查自纠工作开展情况统计表")
          .contains("长寿路街道")
          .contains("2024-12-24")
          .contains("更正：追回资金")
          .contains("第2版")
          .contains("对象认定不精准情况")
          .contains("近亲属备案数")
          .contains("数据")
          .contains("备注");
    }
  }

  @Test
  void streetWithoutAFormHasNone() {
    // when
    Optional<byte[]> pdf = forms.render("taopuzhen", Period.of(2024, 12));

    // then
    assertThat(pdf).isEmpty();
  }
}
