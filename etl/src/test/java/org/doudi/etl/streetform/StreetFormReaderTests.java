package org.doudi.etl.streetform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.doudi.etl.EtlTestApplication;
import org.doudi.etl.WarehouseTest;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = EtlTestApplication.class)
class StreetFormReaderTests extends WarehouseTest {

  @Autowired StreetFormReader reader;
  @TempDir Path dir;

  private FormFileRead read(Path file) {
    return reader.read(file, file.getFileName().toString(), null, null);
  }

  private static void assertSeedFigures(StreetForm form) {
    for (Metric metric : Metric.values()) {
      assertThat(form.figures().get(metric))
          .as(metric.key())
          .isEqualByComparingTo(BigDecimal.valueOf(FormWorkbook.seed(metric)));
    }
  }

  @Test
  void findsFiguresByLabelWhenBlocksAreReorderedAndLabelsBrokenWithOtherQuotes()
      throws IOException {
    // given blocks in reverse order, labels broken over lines, 「」 quotes and full-width brackets
    List<Metric> reversed = new ArrayList<>(List.of(Metric.values()));
    Collections.reverse(reversed);
    Path file =
        new FormWorkbook()
            .order(reversed)
            .labels(
                label ->
                    label.substring(0, 2)
                        + "\n"
                        + label
                            .substring(2)
                            .replace('“', '「')
                            .replace('”', '」')
                            .replace('(', '（')
                            .replace(')', '）'))
            .write(dir.resolve("长寿路-重排.xlsx"));
    // when
    FormFileRead read = read(file);
    // then
    assertThat(read.errors()).isEmpty();
    StreetForm form = read.forms().get(0);
    assertSeedFigures(form);
    assertThat(form.street().code()).isEqualTo("changshoulu");
    assertThat(form.period()).isEqualTo(Period.of(2024, 12));
    assertThat(form.fillDate()).isEqualTo(LocalDate.of(2025, 1, 26));
    assertThat(form.remarks()).isEqualTo("已按要求完成自查");
  }

  @Test
  void readsAroundAnInsertedBlankColumnAndRowWithoutTitleAndTwoCellFields() throws IOException {
    // given
    Path file =
        new FormWorkbook()
            .withoutTitle()
            .twoCellFields()
            .blankColumnAt(4)
            .blankRowBeforeData()
            .field("街镇", "长风")
            .write(dir.resolve("长风.xlsx"));
    // when
    FormFileRead read = read(file);
    // then
    assertThat(read.errors()).isEmpty();
    assertSeedFigures(read.forms().get(0));
    assertThat(read.forms().get(0).street().name()).isEqualTo("长风新村街道");
    assertThat(read.forms().get(0).contactName()).isEqualTo("周娜");
  }

  @Test
  void readsCachedFormulaValuesAndAnXlsWorkbook() throws IOException {
    // given
    Path xls =
        new FormWorkbook()
            .xls()
            .value(Metric.CLUES_TOTAL, "=4+6")
            .value(Metric.RENQING_RECOVERED_YUAN, "=1000.5*2")
            .write(dir.resolve("长征.xls"));
    // when
    FormFileRead read = read(xls);
    // then
    assertThat(read.errors()).isEmpty();
    assertThat(read.forms().get(0).figures().get(Metric.CLUES_TOTAL)).isEqualByComparingTo("10");
    assertThat(read.forms().get(0).figures().get(Metric.RENQING_RECOVERED_YUAN))
        .isEqualByComparingTo("2001.00");
  }

  @Test
  void readsEveryNumberFormStreetsType() throws IOException {
    // given
    Path file =
        new FormWorkbook()
            .value(Metric.RENQING_REMOVED, "１２")
            .value(Metric.RENQING_RECOVERED_YUAN, "￥1,200.50")
            .value(Metric.GUANXI_REMOVED, "3人")
            .value(Metric.GUANXI_RECOVERED_YUAN, "1200元")
            .value(Metric.ZHENGCE_REMOVED, "无")
            .value(Metric.ZHENGCE_RECOVERED_YUAN, "—")
            .value(Metric.WHOLE_HOUSEHOLD_ADDED, "/")
            .value(Metric.SANWU_REMOVED, "-")
            .value(Metric.SANWU_RECOVERED_YUAN, null)
            .value(Metric.CLUES_TOTAL, "8条")
            .value(Metric.CLUES_RESOLVED, "３件")
            .value(Metric.PETITIONS_HANDLED, "1,234")
            .write(dir.resolve("万里.xlsx"));
    // when
    FormFileRead read = read(file);
    // then
    assertThat(read.errors()).isEmpty();
    var figures = read.forms().get(0).figures();
    assertThat(figures.get(Metric.RENQING_REMOVED)).isEqualByComparingTo("12");
    assertThat(figures.get(Metric.RENQING_RECOVERED_YUAN)).isEqualByComparingTo("1200.50");
    assertThat(figures.get(Metric.GUANXI_REMOVED)).isEqualByComparingTo("3");
    assertThat(figures.get(Metric.GUANXI_RECOVERED_YUAN)).isEqualByComparingTo("1200");
    assertThat(figures.get(Metric.ZHENGCE_REMOVED)).isZero();
    assertThat(figures.get(Metric.ZHENGCE_RECOVERED_YUAN)).isZero();
    assertThat(figures.get(Metric.WHOLE_HOUSEHOLD_ADDED)).isZero();
    assertThat(figures.get(Metric.SANWU_REMOVED)).isZero();
    assertThat(figures.get(Metric.SANWU_RECOVERED_YUAN)).isZero();
    assertThat(figures.get(Metric.CLUES_TOTAL)).isEqualByComparingTo("8");
    assertThat(figures.get(Metric.CLUES_RESOLVED)).isEqualByComparingTo("3");
    assertThat(figures.get(Metric.PETITIONS_HANDLED)).isEqualByComparingTo("1234");
  }

  @Test
  void collectsEveryErrorEachNamingFileSheetAndCell() throws IOException {
    // given a title row, so the data row is 7: B7 is the first figure
    Path file =
        new FormWorkbook()
            .value(Metric.RENQING_REMOVED, "约3人")
            .value(Metric.RENQING_RECOVERED_YUAN, "12.345")
            .value(Metric.GUANXI_REMOVED, "3 5")
            .value(Metric.GUANXI_RECOVERED_YUAN, -5)
            .field("统计期", "明年")
            .write(dir.resolve("长风.xlsx"));
    // when
    FormFileRead read = read(file);
    // then
    assertThat(read.forms()).isEmpty();
    assertThat(read.errors())
        .anyMatch(e -> e.startsWith("长风.xlsx 表1!B6：“约3人”不是整数"))
        .anyMatch(e -> e.startsWith("长风.xlsx 表1!C6：“12.345”超过两位小数"))
        .anyMatch(e -> e.startsWith("长风.xlsx 表1!D6：“3 5”不是整数"))
        .anyMatch(e -> e.startsWith("长风.xlsx 表1!E6：“-5”是负数"))
        .anyMatch(e -> e.startsWith("长风.xlsx 表1!E2：统计期“明年”无法识别"))
        .hasSize(5);
  }

  @Test
  void rejectsAMissingFigureColumnAndAnUnknownStreet() throws IOException {
    // given
    List<Metric> withoutLast = new ArrayList<>(List.of(Metric.values()));
    withoutLast.remove(Metric.RELATIVE_FILINGS);
    Path file =
        new FormWorkbook().order(withoutLast).field("街镇", "南京东路街道").write(dir.resolve("x.xlsx"));
    // when
    FormFileRead read = read(file);
    // then
    assertThat(read.errors())
        .anyMatch(e -> e.contains("x.xlsx 工作表“表1”：缺少“其它·近亲属备案数(人)”一列"))
        .anyMatch(e -> e.contains("x.xlsx 表1!A2：街镇“南京东路街道”不是本区的街镇"));
  }

  @Test
  void takesThePeriodFromTheFormThenTheChosenPeriodThenTheFillDateWithAWarning()
      throws IOException {
    // given
    Path withPeriod = new FormWorkbook().write(dir.resolve("a.xlsx"));
    Path without = new FormWorkbook().field("统计期", null).write(dir.resolve("b.xlsx"));
    // when
    FormFileRead fromForm = reader.read(withPeriod, "a.xlsx", Period.of(2025, 3), null);
    FormFileRead chosen = reader.read(without, "b.xlsx", Period.of(2025, 3), null);
    FormFileRead fromFillDate = reader.read(without, "b.xlsx", null, null);
    // then
    assertThat(fromForm.forms().get(0).period()).isEqualTo(Period.of(2024, 12));
    assertThat(chosen.forms().get(0).period()).isEqualTo(Period.of(2025, 3));
    assertThat(chosen.forms().get(0).warnings()).isEmpty();
    assertThat(fromFillDate.forms().get(0).period()).isEqualTo(Period.of(2025, 1));
    assertThat(fromFillDate.forms().get(0).warnings())
        .anyMatch(w -> w.contains("按填报日期 2025-01-26 计为 2025年1月"));
  }

  @Test
  void refusesAFormOfAnotherStreetForAStreetAccount() throws IOException {
    // given
    Path file = new FormWorkbook().field("街镇", "曹杨").write(dir.resolve("曹杨.xlsx"));
    // when
    FormFileRead read = reader.read(file, "曹杨.xlsx", null, "changshoulu");
    // then
    assertThat(read.errors()).containsExactly("曹杨.xlsx 表1!A2：表中街镇为“曹杨新村街道”，本账户只能报送“长寿路街道”的统计表");
  }

  @Test
  void warnsOfSuspiciousFiguresButReadsTheForm() throws IOException {
    // given
    Path file =
        new FormWorkbook()
            .value(Metric.CLUES_TOTAL, 2)
            .value(Metric.CLUES_RESOLVED, 5)
            .value(Metric.GUANXI_REMOVED, 0)
            .value(Metric.GUANXI_RECOVERED_YUAN, 500)
            .write(dir.resolve("甘泉.xlsx"));
    // when
    FormFileRead read = read(file);
    // then
    assertThat(read.forms().get(0).warnings())
        .containsExactly("提醒：问题线索其中已处置到位数（5）大于问题线索数（2），请核实", "提醒：清退“关系保”人数为 0，但追回资金 500.00 元，请核实");
  }

  private static final String HEADER_LABELS =
      "街镇,联系人,电话,填报日期,统计期,清退“人情保”人数(人),清退“人情保”追回资金(元),清退“关系保”人数(人),"
          + "清退“关系保”追回资金(元),清退“政策保”人数(人),清退“政策保”追回资金(元),"
          + "纠正以“单人保”代替“整户保”问题，新纳入低保人数(人),"
          + "清退因审核把关不严、随意放宽“三无”认定条件纳入特困供养人员人数(人),"
          + "清退因审核把关不严、随意放宽“三无”认定条件纳入特困供养人员追回资金(元),问题线索数(条),"
          + "问题线索其中已处置到位数(件),办理社会救助领域信访事项数(件),信访事项其中已处置到位数(件),卡折代管案数(人),近亲属备案数(人)";
  private static final String ROW =
      "宜川,张三,021-1,2025/1/20,2024年12月,1,2,3,4,5,6,7,8,9,20,11,30,13,14,15";

  @Test
  void readsGbkCsvHeadedByChineseLabelsWithOtherQuotes() throws IOException {
    // given
    String header =
        HEADER_LABELS.replace('“', '"').replace('”', '"').replace("(", "（").replace(")", "）");
    String csv = header.replace("\"", "\"\"").replace(",", "\",\"") + "\r\n" + ROW + "\r\n";
    csv = "\"" + csv.substring(0, csv.indexOf("\r\n")) + "\"" + csv.substring(csv.indexOf("\r\n"));
    Path file = Files.write(dir.resolve("宜川.csv"), csv.getBytes(Charset.forName("GBK")));
    // when
    FormFileRead read = read(file);
    // then
    assertThat(read.errors()).isEmpty();
    assertSeedFigures(read.forms().get(0));
    assertThat(read.forms().get(0).street().code()).isEqualTo("yichuanlu");
    assertThat(read.forms().get(0).fillDate()).isEqualTo(LocalDate.of(2025, 1, 20));
  }

  @Test
  void readsUtf8BomCsvHeadedByMetricNames() throws IOException {
    // given
    String header = "street,contact,phone,fill_date,period," + Metric.columns().replace(" ", "");
    byte[] body = (header + "\n" + ROW + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Path file = Files.write(dir.resolve("宜川-bom.csv"), bytes);
    // when
    FormFileRead read = read(file);
    // then
    assertThat(read.errors()).isEmpty();
    assertSeedFigures(read.forms().get(0));
  }

  @Test
  void rejectsCsvThatIsNeitherUtf8NorGbkNamingTheLine() throws IOException {
    // given a valid first line, then bytes no encoding accepts on line 2
    byte[] header = (HEADER_LABELS + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0xFF, (byte) 0xFE, (byte) 0x80, '\n'};
    byte[] bytes = new byte[header.length + bad.length];
    System.arraycopy(header, 0, bytes, 0, header.length);
    System.arraycopy(bad, 0, bytes, header.length, bad.length);
    Path file = Files.write(dir.resolve("乱码.csv"), bytes);
    // when
    FormFileRead read = read(file);
    // then
    assertThat(read.errors()).singleElement().asString().startsWith("乱码.csv 第2行：含有无法识别的字符");
  }

  @Test
  void rejectsACsvCellNamingLineAndColumn() throws IOException {
    // given
    Path file =
        Files.writeString(
            dir.resolve("宜川.csv"), HEADER_LABELS + "\n" + ROW.replace(",20,", ",二十,") + "\n");
    // when
    FormFileRead read = read(file);
    // then
    assertThat(read.errors())
        .singleElement()
        .asString()
        .startsWith("宜川.csv 第2行“问题线索数(条)”列：“二十”不是整数");
  }

  @Test
  void rejectsAZipBombFastWithBoundedWork() throws IOException {
    // given an .xlsx whose sheet unpacks to 300 MB of nothing
    Path bomb = dir.resolve("bomb.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] block = new byte[1024 * 1024];
      for (int i = 0; i < 300; i++) {
        zip.write(block);
      }
      zip.closeEntry();
    }
    // when
    long started = System.nanoTime();
    FormFileRead read = read(bomb);
    long millis = (System.nanoTime() - started) / 1_000_000;
    // then
    assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
    assertThat(read.errors()).singleElement().asString().contains("bomb.xlsx：解压后超过 100 MB");
    assertThat(millis).isLessThan(10_000);
  }

  @Test
  void theBlankFormFilledInLoadsUnchanged(@Autowired BlankForm blankForm) throws Exception {
    // given the official blank form for a street and period, filled as a clerk would
    byte[] blank =
        blankForm.xlsx(
            new org.doudi.warehouse.dictionary.Street("taopuzhen", "桃浦镇", 10), Period.of(2025, 1));
    Path file = dir.resolve("桃浦-空白表填写.xlsx");
    try (var workbook =
            org.apache.poi.ss.usermodel.WorkbookFactory.create(
                new java.io.ByteArrayInputStream(blank));
        OutputStream out = Files.newOutputStream(file)) {
      var sheet = workbook.getSheetAt(0);
      for (Metric metric : Metric.values()) {
        sheet.getRow(5).getCell(metric.ordinal() + 1).setCellValue(FormWorkbook.seed(metric));
      }
      sheet.getRow(1).getCell(3).setCellValue("王艳英");
      sheet.getRow(1).getCell(7).setCellValue("2025-02-20");
      workbook.write(out);
    }
    // when
    FormFileRead read = read(file);
    // then
    assertThat(read.errors()).isEmpty();
    StreetForm form = read.forms().get(0);
    assertSeedFigures(form);
    assertThat(form.street().code()).isEqualTo("taopuzhen");
    assertThat(form.period()).isEqualTo(Period.of(2025, 1));
    assertThat(form.contactName()).isEqualTo("王艳英");
    assertThat(form.fillDate()).isEqualTo(LocalDate.of(2025, 2, 20));
  }
}
