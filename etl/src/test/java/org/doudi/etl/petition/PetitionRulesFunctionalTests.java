package org.doudi.etl.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.doudi.etl.fileload.LoadProgress;
import org.doudi.etl.petition.PetitionLoadResult.Outcome;
import org.doudi.warehouse.personal.PersonalDataKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
    classes = PetitionTestApplication.class,
    properties = {
      "doudi.demo=false",
      "spring.batch.job.enabled=false",
      "spring.sql.init.mode=never",
      "doudi.personal-data.hash-secret=rules-secret-0123456789abcdef0123456789"
    })
class PetitionRulesFunctionalTests {

  private static final Pattern UNMASKED_ID =
      Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
  private static final Pattern UNMASKED_PHONE =
      Pattern.compile("(?<![0-9A-Za-z])1[3-9][0-9]{9}(?![0-9A-Za-z])");

  @TempDir static Path warehouse;
  @TempDir Path files;

  @Autowired PetitionLoader loader;
  @Autowired PersonalDataKeys protection;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> warehouse.resolve("doudi.duckdb").toString());
  }

  @BeforeEach
  void clear() {
    PetitionFixtures.clear(jdbc);
  }

  private PetitionLoadResult load(Path file) throws Exception {
    return loader.load(file, file.getFileName().toString(), false, "test", LoadProgress.NONE);
  }

  private static String row(String caseNo, String date, String name, String id, String phone) {
    return caseNo
        + ","
        + date
        + ",来电,是,投诉举报,长风,低保,人情保、关系保;吃拿卡要,"
        + name
        + ","
        + id
        + ","
        + phone
        + ",已办结,2024年12月1日 10:00,是\n";
  }

  @Test
  void everyDateFormOfTheExportsIsRead() throws Exception {
    // given
    Path file =
        PetitionFixtures.write(
            files,
            "dates.csv",
            PetitionFixtures.HEADER
                + row("D1", "2024-11-05", "", "", "")
                + row("D2", "2024/11/5", "", "", "")
                + row("D3", "2024年11月5日", "", "", "")
                + row("D4", "2024-11-05 09:30", "", "", "")
                + row("D5", "2024/11/5 9:30:15", "", "", "")
                + row("D6", "2024年11月5日 09:30", "", "", "")
                + row("D7", "20241105", "", "", "")
                + row("D8", "2024.11.5", "", "", ""),
            StandardCharsets.UTF_8);
    // when
    PetitionLoadResult result = load(file);
    // then
    assertThat(result.outcome()).isEqualTo(Outcome.LOADED);
    assertThat(
            jdbc.queryForList(
                "SELECT DISTINCT CAST(received_date AS VARCHAR) || ' ' || CAST(closed_date AS VARCHAR)"
                    + " FROM petition_case",
                String.class))
        .containsExactly("2024-11-05 2024-12-01");
    assertThat(
            jdbc.queryForObject(
                "SELECT array_to_string(issues, '|') FROM petition_case WHERE case_no = 'D1'",
                String.class))
        .isEqualTo("人情保|关系保|吃拿卡要");
  }

  @Test
  void theLaterLineOfTheSameCaseNumberInOneFileWins() throws Exception {
    // given
    Path file =
        PetitionFixtures.write(
            files,
            "twice.csv",
            PetitionFixtures.HEADER
                + row("T1", "2024-11-05", "", "", "").replace(",已办结,", ",办理中,")
                + row("T2", "2024-11-06", "", "", "")
                + row("T1", "2024-11-05", "", "", ""),
            StandardCharsets.UTF_8);
    // when
    PetitionLoadResult result = load(file);
    // then
    assertThat(result.newCases()).isEqualTo(2);
    assertThat(
            jdbc.queryForObject(
                "SELECT status FROM petition_case WHERE case_no = 'T1'", String.class))
        .isEqualTo("已办结");
  }

  @Test
  void aDateWithTrailingTextIsNotReadAsADate() throws Exception {
    // given
    Path file =
        PetitionFixtures.write(
            files,
            "trailing.csv",
            PetitionFixtures.HEADER + row("T1", "2024-11-05x", "", "", ""),
            StandardCharsets.UTF_8);
    // when
    PetitionLoadResult result = load(file);
    // then
    assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(result.reasons()).containsExactly("第 2 行：受理日期“2024-11-05x”无法识别");
  }

  @Test
  void personalDataIsKeptOnlyMaskedWithAKeyedHashAndIdQuality() throws Exception {
    // given
    Path file =
        PetitionFixtures.write(
            files,
            "people.csv",
            PetitionFixtures.HEADER
                + row("P1", "2024-11-05", "张三", "31011619910717452x", "13812345678")
                + row("P2", "2024-11-06", "张三", "31011619910717452X", "13912345678")
                + row("P3", "2024-11-07", "李四", "310116199107174521", "13812341234")
                + row("P4", "2024-11-08", "王五", "3.10116E+17", "13812341111")
                + row("P5", "2024-11-09", "赵六", "310116199107174000", "13812342222"),
            StandardCharsets.UTF_8);
    // when
    PetitionLoadResult result = load(file);
    // then
    assertThat(result.message()).contains("身份证号校验位不符 1 个").contains("以数字形式存储（可能已丢失末位） 2 个");
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT c.case_no, c.complainant_masked, c.id_no_masked, c.phone_masked,"
                + " v.complainant_key, c.id_no_quality, c.personal_sealed"
                + " FROM petition_case c JOIN petition v ON v.case_no = c.case_no"
                + " ORDER BY c.case_no");
    assertThat(rows.get(0))
        .containsEntry("complainant_masked", "张*")
        .containsEntry("id_no_masked", "3101**********452X")
        .containsEntry("phone_masked", "138****5678")
        .containsEntry("id_no_quality", "ok")
        .containsEntry("personal_sealed", null)
        .containsEntry("complainant_key", protection.complainantKey("id:31011619910717452X"));
    assertThat(rows.get(1).get("complainant_key")).isEqualTo(rows.get(0).get("complainant_key"));
    assertThat(rows.get(2)).containsEntry("id_no_quality", "bad_check_digit");
    assertThat(rows.get(3))
        .containsEntry("id_no_quality", "numeric")
        .containsEntry("complainant_key", protection.complainantKey("tel:13812341111"));
    assertThat(rows.get(4)).containsEntry("id_no_quality", "numeric");
  }

  @Test
  void gbkAndUtf8WithBomAreToldApartAndLoadAlike() throws Exception {
    // given
    String body = PetitionFixtures.HEADER + row("G1", "2024-11-05", "张三", "", "13812345678");
    Path gbk =
        PetitionFixtures.write(files, "gbk.csv", body, org.doudi.etl.sheet.Encodings.GB18030);
    Path bom =
        PetitionFixtures.write(
            files, "bom.csv", "\uFEFF" + body.replace("G1", "G2"), StandardCharsets.UTF_8);
    // when
    PetitionLoadResult fromGbk = load(gbk);
    PetitionLoadResult fromBom = load(bom);
    // then
    assertThat(PetitionFileStager.detect(gbk).charset())
        .isEqualTo(org.doudi.etl.sheet.Encodings.GB18030);
    assertThat(PetitionFileStager.detect(bom).charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(fromGbk.newCases()).isEqualTo(1);
    assertThat(fromBom.newCases()).isEqualTo(1);
    assertThat(
            jdbc.queryForList(
                "SELECT street_code || ' ' || complainant_masked || ' ' || channel FROM petition_case ORDER BY case_no",
                String.class))
        .containsExactly("changfengxincun 张* 来电", "changfengxincun 张* 来电");
  }

  @Test
  void bytesThatAreNeitherUtf8NorGbkRejectTheFileNamingTheLine() throws Exception {
    // given: valid UTF-8 at the start, a stray byte on line 3
    byte[] start =
        (PetitionFixtures.HEADER + row("B1", "2024-11-05", "张三", "", "13812345678"))
            .getBytes(StandardCharsets.UTF_8);
    Path file = files.resolve("broken.csv");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(start);
      out.write(new byte[] {'B', '2', ',', (byte) 0xFF, (byte) 0xFE, '\n'});
    }
    // when
    PetitionLoadResult result = load(file);
    // then
    assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(result.message()).startsWith("第 3 行：有无法按 UTF-8 解码的字节");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM petition_case", Long.class)).isZero();
  }

  @Test
  void xlsxExportIsStreamedWithDateCellsAndNumericIdsFlagged() throws Exception {
    // given
    Path file = files.resolve("台账.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      XSSFSheet sheet = book.createSheet("台账");
      String[] header = PetitionFixtures.HEADER.strip().split(",");
      Row head = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        head.createCell(i).setCellValue(header[i]);
      }
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
      Row data = sheet.createRow(2);
      data.createCell(0).setCellValue("X1");
      data.createCell(1).setCellValue(java.time.LocalDate.of(2024, 11, 5));
      data.getCell(1).setCellStyle(date);
      String[] rest = {"来访", "是", "投诉举报", "曹杨新村街道", "特困", "关系保", "李四"};
      for (int i = 0; i < rest.length; i++) {
        data.createCell(2 + i).setCellValue(rest[i]);
      }
      data.createCell(9).setCellValue(310116199107174000d);
      data.createCell(10).setCellValue("13812345678");
      data.createCell(11).setCellValue("办理中");
      data.createCell(13).setCellValue("否");
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
    // when
    PetitionLoadResult result = load(file);
    // then
    assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.LOADED);
    assertThat(
            jdbc.queryForMap(
                "SELECT CAST(received_date AS VARCHAR) AS received, street_code, id_no_quality,"
                    + " id_no_masked, closed_date FROM petition_case WHERE case_no = 'X1'"))
        .containsEntry("received", "2024-11-05")
        .containsEntry("street_code", "caoyangxincun")
        .containsEntry("id_no_quality", "numeric")
        .containsEntry("id_no_masked", "3101**********4000")
        .containsEntry("closed_date", null);
  }

  @Test
  void realNameComplaintsBecomeLedgerItemsAndOldOpenOnesAreOverdue() throws Exception {
    // given
    Path file =
        PetitionFixtures.write(
            files,
            "ledger.csv",
            PetitionFixtures.HEADER
                + row("L1", "2024-11-05", "张三", "", "13812345678")
                + row("L2", "2024-11-06", "", "", "13812345679").replace(",是,投诉举报,", ",否,投诉举报,")
                + row("L3", java.time.LocalDate.now().toString(), "李四", "", "13812345670"),
            StandardCharsets.UTF_8);
    // when
    load(file);
    // then
    assertThat(
            jdbc.queryForList(
                "SELECT case_no || ' ' || street_code || ' ' || state || ' ' || overdue"
                    + " FROM complaint_ledger ORDER BY case_no",
                String.class))
        .containsExactly("L1 changfengxincun 待核实 true", "L3 changfengxincun 待核实 false");
  }

  @Test
  void noViewShowsAnUnmaskedIdOrPhoneNumber() throws Exception {
    // given
    load(PetitionFixtures.sample(files, "信访台账-1.csv"));
    load(PetitionFixtures.sample(files, "信访台账-2.csv"));
    List<String> views =
        jdbc.queryForList(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main'",
            String.class);
    // when
    List<String> leaks = new ArrayList<>();
    for (String view : views) {
      jdbc.query(
          "SELECT * FROM \"" + view + "\"",
          rs -> {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
              String value = rs.getString(i);
              if (value != null
                  && (UNMASKED_ID.matcher(value).find() || UNMASKED_PHONE.matcher(value).find())) {
                leaks.add(view + "." + rs.getMetaData().getColumnName(i) + " = " + value);
              }
            }
          });
    }
    // then
    assertThat(views).contains("petition", "complaint_ledger");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM petition", Long.class)).isEqualTo(5000);
    assertThat(leaks).isEmpty();
  }
}
