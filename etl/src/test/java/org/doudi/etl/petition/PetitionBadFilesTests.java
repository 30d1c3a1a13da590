package org.doudi.etl.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.doudi.etl.fileload.LoadProgress;
import org.doudi.etl.petition.PetitionLoadResult.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The petition path answers bad workbooks as the form path does: REJECTED, in Chinese, logged. */
@SpringBootTest(
    classes = PetitionTestApplication.class,
    properties = {
      "doudi.demo=false",
      "spring.batch.job.enabled=false",
      "spring.sql.init.mode=never",
      "doudi.personal-data.hash-secret=test-secret-0123456789abcdef0123456789"
    })
class PetitionBadFilesTests {

  @TempDir static Path warehouse;
  @TempDir Path files;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> warehouse.resolve("doudi.duckdb").toString());
  }

  @Autowired PetitionLoader loader;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void clear() {
    PetitionFixtures.clear(jdbc);
  }

  private PetitionLoadResult load(Path file, String name) throws Exception {
    return loader.load(file, name, false, "test", LoadProgress.NONE);
  }

  private Map<String, Object> lastLoad() {
    return jdbc.queryForMap(
        "SELECT file_name, status, message FROM load_log ORDER BY id DESC LIMIT 1");
  }

  private List<Path> rawFiles() throws IOException {
    try (var left = Files.walk(warehouse.resolve("inbox"))) {
      return left.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void anEmptyWorkbookIsRejectedInChineseWithALoadRecord() throws Exception {
    // given
    Path empty = Files.createFile(files.resolve("空.xlsx"));
    // when
    PetitionLoadResult result = load(empty, "空.xlsx");
    // then
    assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(result.message()).isEqualTo("空.xlsx：文件是空的");
    assertThat(lastLoad()).containsEntry("status", "rejected").containsEntry("file_name", "空.xlsx");
    assertThat(rawFiles()).isEmpty();
  }

  @Test
  void aTruncatedWorkbookIsRejectedWithoutNamingAnyServerFolder() throws Exception {
    // given the first half of a real workbook, as an interrupted upload leaves it
    byte[] whole = workbook();
    Path cut = files.resolve("截断.xlsx");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
    // when
    PetitionLoadResult result = load(cut, "截断.xlsx");
    // then
    assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(result.message())
        .isEqualTo("无法作为 .xlsx 工作簿打开，文件可能已损坏或不完整（上传中断？）；请用 Excel 或 WPS 打开后重新保存再导入")
        .doesNotContain(warehouse.toString())
        .doesNotContain(files.toString());
    assertThat(lastLoad()).containsEntry("status", "rejected");
    assertThat(rawFiles()).isEmpty();
  }

  @Test
  void aZipBombIsRejectedAsSuch() throws Exception {
    // given an .xlsx whose sheet inflates 1,000-fold
    Path bomb = files.resolve("炸弹.xlsx");
    try (OutputStream out = Files.newOutputStream(bomb);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
              .getBytes());
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 50; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    // when
    PetitionLoadResult result = load(bomb, "炸弹.xlsx");
    // then
    assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(result.message()).isEqualTo("文件压缩比异常（疑似“压缩炸弹”），已拒收");
    assertThat(lastLoad()).containsEntry("status", "rejected");
    assertThat(rawFiles()).isEmpty();
  }

  @Test
  void aNameWithFoldersIsRecordedWithoutThem() throws Exception {
    // given
    Path file = PetitionFixtures.sample(files, "信访台账-1.csv");
    // when
    load(file, "../../../../tmp/evil 信访 台账.csv");
    // then
    assertThat(lastLoad()).containsEntry("file_name", "evil 信访 台账.csv");
  }

  @Test
  void theSameBytesAgainSayWhichEarlierLoadHadThem() throws Exception {
    // given
    Path file = PetitionFixtures.sample(files, "信访台账-1.csv");
    PetitionLoadResult first = load(file, "信访台账-1.csv");
    // when
    PetitionLoadResult again = load(file, "信访台账-1.csv");
    // then
    assertThat(again.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(again.message())
        .startsWith("已导入（同样内容的文件“信访台账-1.csv”已于 ")
        .endsWith("由 test 导入，导入记录编号 " + first.loadId() + "，本次未作改动）");
  }

  private static byte[] workbook() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = book.createSheet("台账");
      for (int r = 0; r < 200; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < 8; c++) {
          row.createCell(c).setCellValue("编号" + r + "-" + c);
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }
}
