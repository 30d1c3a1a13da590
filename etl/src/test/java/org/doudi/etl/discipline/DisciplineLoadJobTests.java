package org.doudi.etl.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.doudi.etl.EtlTestApplication;
import org.doudi.etl.WarehouseTest;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.etl.fileload.FileLoadRequest;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.load.LoadKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(classes = EtlTestApplication.class)
class DisciplineLoadJobTests extends WarehouseTest {

  @Autowired FileLoadLauncher loader;
  @Autowired JdbcTemplate jdbc;

  private static Path sample(String name) throws URISyntaxException {
    return Path.of(DisciplineLoadJobTests.class.getResource("/samples/discipline/" + name).toURI());
  }

  private static FileLoadRequest request(List<Path> files, Period period) {
    return new FileLoadRequest(
        files.stream().map(FileLoadRequest.InputFile::of).toList(), period, "cli:test", null);
  }

  @Test
  void disciplineSamplesLoadIntoDisciplineReportAndALaterLoadIsANewVersion(@TempDir Path dir)
      throws Exception {
    // given the commission's two tables
    List<Path> files = List.of(sample("2024-11-纪委监委报送.csv"), sample("2024-12-纪委监委报送.csv"));
    // when
    List<FileOutcome> outcomes = loader.run(LoadKind.DISCIPLINE, request(files, null));
    // then
    assertThat(outcomes).allMatch(o -> o.status() == FileOutcome.Status.OK, outcomes.toString());
    assertThat(jdbc.queryForObject("SELECT count(*) FROM discipline_report", Integer.class))
        .isEqualTo(20);
    assertThat(
            jdbc.queryForObject(
                "SELECT guanxi_recovered_yuan FROM discipline_report WHERE period = '2024-11' AND street_code = 'ganquanlu'",
                java.math.BigDecimal.class))
        .isEqualByComparingTo("500.00");
    // and when a corrected table without a 统计期 column comes, with --period
    Path corrected = dir.resolve("更正.csv");
    Files.writeString(
        corrected,
        Files.readString(files.get(0))
            .replaceAll("(?m)^2024-11,", "")
            .replace("统计期,", "")
            .replace("甘泉路街道,1,7015.93,0,500.00", "甘泉路街道,1,7015.93,0,0.00"));
    List<FileOutcome> again =
        loader.run(LoadKind.DISCIPLINE, request(List.of(corrected), Period.of(2024, 11)));
    // then
    assertThat(again.get(0).status()).isEqualTo(FileOutcome.Status.OK);
    assertThat(
            jdbc.queryForObject(
                "SELECT guanxi_recovered_yuan FROM discipline_report WHERE period = '2024-11' AND street_code = 'ganquanlu'",
                java.math.BigDecimal.class))
        .isEqualByComparingTo("0.00");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM discipline_figure", Integer.class))
        .isEqualTo(30);
  }

  @Test
  void aTableWithABadCellIsRejectedWholeNamingLineAndColumn(@TempDir Path dir) throws Exception {
    // given
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        Files.readString(sample("2024-12-纪委监委报送.csv")).replace("万里街道,1,5225.45", "万里街道,一,5225.45"));
    // when
    List<FileOutcome> outcomes = loader.run(LoadKind.DISCIPLINE, request(List.of(bad), null));
    // then
    assertThat(outcomes.get(0).statusLine())
        .startsWith("REJECTED bad.csv: bad.csv 第9行“renqing_removed”列：“一”不是整数");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM discipline_figure WHERE load_id = ?",
                Integer.class,
                outcomes.get(0).loadId()))
        .isZero();
  }

  @Test
  void aWorkbookHeadedByChineseLabelsLoadsLikeTheCsv(@TempDir Path dir) throws Exception {
    // given the commission's December table as .xlsx with a title row and Chinese column labels
    List<String> lines = Files.readAllLines(sample("2024-12-纪委监委报送.csv"));
    List<String> labels =
        List.of(
            "统计期",
            "街镇",
            "清退“人情保”人数(人)",
            "清退“人情保”追回资金(元)",
            "清退“关系保”人数(人)",
            "清退“关系保”追回资金(元)",
            "清退“政策保”人数(人)",
            "清退“政策保”追回资金(元)",
            "纠正以“单人保”代替“整户保”问题，新纳入低保人数(人)",
            "清退因审核把关不严、随意放宽“三无”认定条件纳入特困供养人员人数(人)",
            "清退因审核把关不严、随意放宽“三无”认定条件纳入特困供养人员追回资金(元)",
            "问题线索数(条)",
            "问题线索其中已处置到位数(件)",
            "办理社会救助领域信访事项数(件)",
            "信访事项其中已处置到位数(件)",
            "卡折代管案数(人)",
            "近亲属备案数(人)");
    Path xlsx = dir.resolve("2024-12-纪委监委报送.xlsx");
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = Files.newOutputStream(xlsx)) {
      var sheet = workbook.createSheet("报送数据");
      sheet.createRow(0).createCell(0).setCellValue("各街镇报送区纪委监委数据（2024年12月）");
      var header = sheet.createRow(1);
      for (int c = 0; c < labels.size(); c++) {
        header.createCell(c).setCellValue(labels.get(c));
      }
      for (int r = 1; r < lines.size(); r++) {
        String[] cells = lines.get(r).split(",");
        var row = sheet.createRow(r + 1);
        row.createCell(0).setCellValue(cells[0]);
        row.createCell(1).setCellValue(cells[1]);
        for (int c = 2; c < cells.length; c++) {
          row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
        }
      }
      workbook.write(out);
    }
    // when
    List<FileOutcome> outcomes = loader.run(LoadKind.DISCIPLINE, request(List.of(xlsx), null));
    // then
    assertThat(outcomes.get(0).status()).as(outcomes.toString()).isEqualTo(FileOutcome.Status.OK);
    assertThat(
            jdbc.queryForObject(
                "SELECT petitions_handled FROM discipline_report WHERE period = '2024-12' AND street_code = 'changfengxincun'",
                Integer.class))
        .isEqualTo(31);
  }
}
