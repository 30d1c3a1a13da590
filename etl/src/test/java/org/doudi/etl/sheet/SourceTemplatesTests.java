package org.doudi.etl.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.doudi.etl.EtlTestApplication;
import org.doudi.etl.WarehouseTest;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.etl.fileload.FileLoadRequest;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.warehouse.dictionary.SourceColumn;
import org.doudi.warehouse.dictionary.SourceFile;
import org.doudi.warehouse.load.LoadKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(classes = EtlTestApplication.class)
class SourceTemplatesTests extends WarehouseTest {

  @Autowired FileLoadLauncher loader;
  @Autowired JdbcTemplate jdbc;
  @TempDir Path dir;

  private static final Map<String, String> RELATIVE =
      Map.ofEntries(
          Map.entry("rowNo", "1"),
          Map.entry("street", "长寿路街道"),
          Map.entry("committee", "长寿居委会"),
          Map.entry("staffName", "周建国"),
          Map.entry("staffIdNo", "310107198001011234"),
          Map.entry("staffKind", "社会救助经办人员"),
          Map.entry("staffPosition", "长寿路街道社区事务受理中心"),
          Map.entry("relativeName", "周小梅"),
          Map.entry("relativeIdNo", "310107195501012345"),
          Map.entry("relation", "母亲"),
          Map.entry("program", "低保"),
          Map.entry("declaredDate", "2025-03-03"),
          Map.entry("filedDate", "2025-03-08"),
          Map.entry("keptApart", "是"));

  private static final Map<String, String> CUSTODY =
      Map.ofEntries(
          Map.entry("street", "长寿路街道"),
          Map.entry("recipientName", "王阿婆"),
          Map.entry("recipientIdNo", "310107194001011111"),
          Map.entry("program", "特困"),
          Map.entry("custodianName", "李居委"),
          Map.entry("custodianIdNo", "310107197001012222"),
          Map.entry("custodianKind", "居（村）干部"),
          Map.entry("consent", "是"),
          Map.entry("registeredDate", "2025/03/20"));

  /** Reads the template's header row as a person sees it. */
  private static List<String> headers(byte[] xlsx) throws Exception {
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      Row row = book.getSheetAt(0).getRow(SourceTemplates.HEADER_ROW);
      List<String> labels = new ArrayList<>();
      for (Cell cell : row) {
        labels.add(cell.getStringCellValue());
      }
      return labels;
    }
  }

  /** Fills the template's first row by its header labels with the values, as a clerk would. */
  private Path filled(SourceFile kind, Map<String, String> values, String name) throws Exception {
    byte[] blank = SourceTemplates.xlsx(kind, "长寿路街道");
    Path file = dir.resolve(name);
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(blank));
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.getSheetAt(0);
      Row header = sheet.getRow(SourceTemplates.HEADER_ROW);
      Row row = sheet.getRow(SourceTemplates.HEADER_ROW + 1);
      for (Cell cell : header) {
        SourceColumn column = kind.column(cell.getStringCellValue()).orElseThrow();
        String value = values.get(column.field());
        if (value != null) {
          row.getCell(cell.getColumnIndex()).setCellValue(value);
        }
      }
      book.write(out);
    }
    return file;
  }

  private FileOutcome load(String kind, Path file, String street) throws Exception {
    return loader
        .run(
            new LoadKind(kind),
            new FileLoadRequest(List.of(FileLoadRequest.InputFile.of(file)), null, "t", street))
        .get(0);
  }

  @Test
  void everyTemplatesHeaderIsTheDictionarysLabelsInItsOrder() throws Exception {
    for (SourceFile kind : SourceFile.values()) {
      // when
      List<String> headers = headers(SourceTemplates.xlsx(kind, null));
      // then
      assertThat(headers)
          .as(kind.title())
          .isEqualTo(kind.columns().stream().map(SourceColumn::label).toList());
    }
  }

  @Test
  void aFilledRelativesTemplateLoadsWithItsRow() throws Exception {
    // given the blank template with one valid row typed in
    Path file = filled(SourceFile.RELATIVES, RELATIVE, "近亲属备案登记表.xlsx");
    // when
    FileOutcome outcome = load("relatives", file, "changshoulu");
    // then
    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(FileOutcome.Status.OK);
    assertThat(outcome.rows()).isEqualTo(1);
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT street_code, staff_name_masked, staff_id_masked, staff_kind, relative_name_masked,"
                + " relation, filed_date::VARCHAR AS filed, kept_apart FROM relative_filing_record"
                + " WHERE load_id = ?",
            outcome.loadId());
    assertThat(row)
        .containsEntry("street_code", "changshoulu")
        .containsEntry("staff_name_masked", "周*")
        .containsEntry("staff_id_masked", "3101**********1234")
        .containsEntry("staff_kind", "社会救助经办人员")
        .containsEntry("relative_name_masked", "周*")
        .containsEntry("relation", "母亲")
        .containsEntry("filed", "2025-03-08")
        .containsEntry("kept_apart", true);
  }

  @Test
  void aFilledCustodyTemplateLoadsWithItsRow() throws Exception {
    // given
    Path file = filled(SourceFile.CUSTODY, CUSTODY, "卡折代管登记表.xlsx");
    // when
    FileOutcome outcome = load("custody", file, null);
    // then
    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(FileOutcome.Status.OK);
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT street_code, custodian_kind, consent, registered_date::VARCHAR AS d"
                + " FROM card_custody_record WHERE load_id = ?",
            outcome.loadId());
    assertThat(row)
        .containsEntry("street_code", "changshoulu")
        .containsEntry("custodian_kind", "居（村）干部")
        .containsEntry("consent", true)
        .containsEntry("d", "2025-03-20");
  }

  @Test
  void aStreetAccountsFileNamingAnotherStreetIsRefusedByItsCellAndNothingLoads() throws Exception {
    // given a register of 长寿路街道 loaded by the account of 万里街道
    Path file = filled(SourceFile.RELATIVES, RELATIVE, "他街近亲属备案登记表.xlsx");
    Long before = jdbc.queryForObject("SELECT count(*) FROM relative_filing_record", Long.class);
    // when
    FileOutcome outcome = load("relatives", file, "wanli");
    // then
    assertThat(outcome.status()).isEqualTo(FileOutcome.Status.REJECTED);
    assertThat(outcome.message())
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("近亲属备案登记表!B5")
                    .contains("长寿路街道")
                    .contains("本账户只能导入万里街道的近亲属备案登记表"));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM relative_filing_record", Long.class))
        .isEqualTo(before);
  }

  @Test
  void aFormsRowGoesThroughTheLoadersChecksAndItsErrorsComeBackByField() {
    // given a row typed in a form with a bad date and no relative's ID number
    Map<String, String> values = new java.util.HashMap<>(RELATIVE);
    values.put("filedDate", "十一月八日");
    values.remove("relativeIdNo");
    // when
    SourceTables.Table table = SourceTables.form(SourceFile.RELATIVES, values);
    List<String> errors = new ArrayList<>(table.errors());
    table.lines().get(0).date("filedDate", "备案日期", errors);
    Map<String, List<String>> byField = SourceTables.byField(SourceFile.RELATIVES, errors);
    // then
    assertThat(byField)
        .containsOnlyKeys("relativeIdNo", "filedDate")
        .containsEntry("relativeIdNo", List.of("缺少“近亲属身份证号”"));
    assertThat(byField.get("filedDate").get(0)).startsWith("备案日期“十一月八日”不是日期");
  }
}
