package org.doudi.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.doudi.dashboard.CampaignSamplesTestBase;
import org.doudi.reports.district.DistrictReports;
import org.doudi.reports.internal.ReportFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The district report's 整改情况 and 资金发放核查 sections over the sample files: the totals are the raw
 * tables', counted here, every street with a ledger is named, and no full ID number is printed.
 */
class DistrictReportCampaignSectionsTest extends CampaignSamplesTestBase {

  @Autowired DistrictReports reports;

  @Test
  void pdfStatesTheLedgersAndTheMoneyOfTheSamples() throws Exception {
    // given, counted on the raw tables
    long items = jdbc.queryForObject("SELECT count(*) FROM rectification_record", Long.class);
    long overdue =
        jdbc.queryForObject(
            "SELECT count(*) FROM rectification_record WHERE due_date < current_date AND status <> '已销号'",
            Long.class);
    BigDecimal paidAfter =
        jdbc.queryForObject(
            "SELECT sum(p.amount_yuan) FROM removal_record r JOIN payment_record p"
                + " ON p.recipient_key = r.person_key AND p.period > strftime(r.removed_date, '%Y-%m')"
                + " WHERE p.period <= '2024-12'",
            BigDecimal.class);
    // when
    byte[] pdf = reports.render(reports.scope("2024-12"), ReportFormat.PDF);
    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
    // then
    assertThat(text).contains("四、整改情况", "五、资金发放核查", "超期未销号问题清单", "六、核查发现与报送情况");
    assertThat(text).contains("共列问题" + items + "项").contains("超期未销号" + overdue + "项");
    assertThat(text).contains("仍获发放救助金" + String.format("%,.2f", paidAfter) + "元");
    for (String street :
        jdbc.queryForList(
            "SELECT DISTINCT s.name FROM rectification_record r JOIN street s ON s.code = r.street_code",
            String.class)) {
      assertThat(text).contains(street);
    }
    assertThat(FULL_ID.matcher(text).find()).isFalse();
  }
}
