package org.doudi.reports.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.doudi.reports.ReportsTestApplication;
import org.doudi.reports.internal.ReportFormat;
import org.doudi.warehouse.dictionary.Metric;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

class DistrictReportTest {

  @TempDir static Path dir;
  static ConfigurableApplicationContext context;
  static DistrictReports reports;
  static JdbcTemplate jdbc;

  @BeforeAll
  static void openWarehouse() {
    context = ReportsTestApplication.start(dir);
    ReportsTestApplication.load(context, "fixtures/district.sql");
    reports = context.getBean(DistrictReports.class);
    jdbc = context.getBean(JdbcTemplate.class);
  }

  @AfterAll
  static void close() {
    context.close();
  }

  @Test
  void pdfNamesTitleEveryStreetAndTheDistrictTotalsOfTheWarehouse() throws Exception {
    // given
    List<String> streets =
        jdbc.queryForList("SELECT name FROM street ORDER BY sort_order", String.class);
    List<String> expectedTotals = districtTotals("2024-12");

    // when
    byte[] pdf = reports.render(reports.scope("2024-12"), ReportFormat.PDF);
    ReportsTestApplication.keep("district-2024-12.pdf", pdf);

    // then
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(document);
      assertThat(text).contains("关于开展社会救助“人情保”“关系保”问题的情况报告");
      assertThat(text).contains("普陀区民政局").contains("内部资料").contains("2024年12月");
      assertThat(text).doesNotContain("演示数据");
      for (String street : streets) {
        assertThat(text).contains(street);
      }
      String totalLine = text.lines().filter(l -> l.startsWith("全区合计")).findFirst().orElseThrow();
      assertThat(numbersOf(totalLine)).containsExactlyElementsOf(expectedTotals);
    }
  }

  @Test
  void everyFontOfThePdfIsEmbedded() throws Exception {
    // given
    byte[] pdf = reports.render(reports.scope("2024-12"), ReportFormat.PDF);

    // when
    List<String> fonts = new ArrayList<>();
    List<String> notEmbedded = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (var name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          fonts.add(font.getName());
          boolean embedded =
              font instanceof PDType0Font type0
                  ? type0.getDescendantFont().isEmbedded()
                  : font.isEmbedded();
          if (!embedded) {
            notEmbedded.add(font.getName());
          }
        }
      }
    }

    // then
    assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("NotoSansSC"));
    assertThat(notEmbedded).isEmpty();
  }

  @Test
  void xlsxHoldsTheFiguresAsNumericCellsEqualToTheWarehouse() throws Exception {
    // given
    Map<String, Object> changshoulu =
        jdbc.queryForMap(
            "SELECT * FROM street_report WHERE period = '2024-12' AND street_code = 'changshoulu'");
    Map<String, Object> total =
        jdbc.queryForMap("SELECT * FROM district_month WHERE period = '2024-12'");

    // when
    byte[] xlsx = reports.render(reports.scope("2024-12"), ReportFormat.XLSX);
    ReportsTestApplication.keep("district-2024-12.xlsx", xlsx);

    // then
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      Sheet table = workbook.getSheet("统计表");
      assertThat(table).isNotNull();
      assertThat(numericCells(table, "长寿路街道")).containsExactlyElementsOf(values(changshoulu));
      assertThat(numericCells(table, "全区合计")).containsExactlyElementsOf(values(total));
    }
  }

  @Test
  void campaignToDateSumsEveryMonthSinceTheStart() throws Exception {
    // given
    Map<String, Object> sums =
        jdbc.queryForMap(
            "SELECT "
                + String.join(
                    ", ",
                    java.util.Arrays.stream(Metric.values())
                        .map(m -> "sum(" + m.key() + ") AS " + m.key())
                        .toList())
                + " FROM district_month");

    // when
    ReportScope scope = reports.campaignToDate();
    byte[] xlsx = reports.render(scope, ReportFormat.XLSX);

    // then
    assertThat(scope.label()).isEqualTo("全周期（2024年11月—2024年12月）");
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      assertThat(numericCells(workbook.getSheet("统计表"), "全区合计"))
          .containsExactlyElementsOf(values(sums));
    }
  }

  @Test
  void monthWithoutFormsOrFindingsRendersAReportThatSaysSo() throws Exception {
    // when
    byte[] pdf = reports.render(reports.scope("2024-10"), ReportFormat.PDF);

    // then
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("2024年10月")
          .contains("本期尚无街镇报送统计表")
          .contains("暂无未关闭的核查发现")
          .contains("桃浦镇（未报送）");
    }
  }

  @Test
  void demoDataIsMarkedOnEveryPage() throws Exception {
    // given
    jdbc.update("INSERT INTO instance_setting (key, value) VALUES ('demo_data', 'true')");
    try {
      // when
      byte[] pdf = reports.render(reports.scope("2024-12"), ReportFormat.PDF);

      // then
      try (PDDocument document = Loader.loadPDF(pdf)) {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
          stripper.setStartPage(page);
          stripper.setEndPage(page);
          assertThat(stripper.getText(document))
              .as("page %d", page)
              .contains("演示数据")
              .contains("内部资料");
        }
      }
      ReportsTestApplication.keep("district-2024-12-demo.pdf", pdf);
    } finally {
      jdbc.update("DELETE FROM instance_setting WHERE key = 'demo_data'");
    }
  }

  private List<String> districtTotals(String period) {
    Map<String, Object> row =
        jdbc.queryForMap("SELECT * FROM district_month WHERE period = ?", period);
    List<String> out = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      BigDecimal value = new BigDecimal(row.get(metric.key()).toString());
      out.add(
          metric.kind() == Metric.Kind.YUAN
              ? String.format("%,.2f", value)
              : String.format("%,d", value.longValueExact()));
    }
    return out;
  }

  private static List<String> numbersOf(String line) {
    List<String> numbers = new ArrayList<>();
    for (String token : line.substring("全区合计".length()).trim().split("\\s+")) {
      numbers.add(token);
    }
    return numbers;
  }

  private static List<BigDecimal> values(Map<String, Object> row) {
    List<BigDecimal> out = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      out.add(new BigDecimal(row.get(metric.key()).toString()).stripTrailingZeros());
    }
    return out;
  }

  private static List<BigDecimal> numericCells(Sheet sheet, String label) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
          List<BigDecimal> values = new ArrayList<>();
          for (Cell next : row) {
            boolean empty =
                next.getCellType() == CellType.BLANK
                    || (next.getCellType() == CellType.STRING
                        && next.getStringCellValue().isEmpty());
            if (next.getColumnIndex() > cell.getColumnIndex() && !empty) {
              assertThat(next.getCellType())
                  .as("cell %s", next.getAddress())
                  .isEqualTo(CellType.NUMERIC);
              values.add(BigDecimal.valueOf(next.getNumericCellValue()).stripTrailingZeros());
            }
          }
          return values;
        }
      }
    }
    throw new AssertionError("no row labelled " + label + " in sheet " + sheet.getSheetName());
  }
}
