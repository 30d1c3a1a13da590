package org.doudi.dashboard.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.doudi.dashboard.security.DoudiUser;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.Role;
import org.doudi.warehouse.dictionary.SourceColumn;
import org.doudi.warehouse.dictionary.SourceFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The campaign's pages over a real warehouse: uploads through the pipeline, templates, the
 * registers' lists and forms, the summary reports, and the street rule over every endpoint.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CampaignPagesTests {

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) throws IOException {
    Path home = Files.createTempDirectory("doudi-campaign-pages");
    registry.add("doudi.warehouse.path", () -> home.resolve("doudi.duckdb").toString());
    registry.add("doudi.demo", () -> "false");
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private static DoudiUser account(String name, Role role, String street) {
    return new DoudiUser(new Account(name, "x", role, street, null, null, true, 0, null), false);
  }

  /** The clerk of 长寿路街道. */
  static final DoudiUser CLERK = account("csclerk", Role.STREET, "changshoulu");

  /** The clerk of 万里街道. */
  static final DoudiUser OTHER = account("wlclerk", Role.STREET, "wanli");

  static final DoudiUser ANALYST = account("analyst1", Role.ANALYST, null);
  static final DoudiUser LEADER = account("leader1", Role.LEADER, null);

  static MockMultipartFile file(String name) throws IOException {
    try (InputStream in = CampaignPagesTests.class.getResourceAsStream("/campaign/" + name)) {
      return new MockMultipartFile("file", name, "application/octet-stream", in.readAllBytes());
    }
  }

  @BeforeEach
  void empty() {
    jdbc.update("DELETE FROM relative_filing_record");
    jdbc.update("DELETE FROM card_custody_record");
    jdbc.update("DELETE FROM removal_record");
    jdbc.update("DELETE FROM summary_report_file");
    jdbc.update("DELETE FROM load_run_file");
    jdbc.update("DELETE FROM load_log");
    jdbc.update("DELETE FROM app_user WHERE username IN ('csclerk', 'wlclerk')");
    jdbc.update(
        "INSERT INTO app_user (username, password_hash, role, street_code) VALUES"
            + " ('csclerk', 'x', 'street', 'changshoulu'), ('wlclerk', 'x', 'street', 'wanli')");
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private void upload(String path, String name, DoudiUser who) throws Exception {
    mvc.perform(
            multipart("/campaign/files/" + path + "/upload")
                .file(file(name))
                .with(user(who))
                .with(csrf()))
        .andExpect(jsonPath("$.status").value("OK"));
  }

  @Test
  void aClerkLoadsOwnRegisterAndSeesTheOutcomeAndTheLoadListed() throws Exception {
    // given
    long rows = 0;
    // when
    mvc.perform(
            multipart("/campaign/files/relatives/upload")
                .file(file("长寿路街道近亲属备案登记表.xlsx"))
                .with(user(CLERK))
                .with(csrf()))
        // then
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("OK"))
        .andExpect(jsonPath("$.headline").value("已导入"))
        .andExpect(
            jsonPath("$.messages[0]").value(org.hamcrest.Matchers.startsWith("近亲属备案登记表已导入：新增 ")))
        .andExpect(jsonPath("$.findings").value("核查发现正在后台重新计算，稍后在“核查发现”页查看"));
    rows = jdbc.queryForObject("SELECT count(*) FROM relative_filing_record", Long.class);
    assertThat(rows).isPositive();
    assertThat(
            jdbc.queryForList(
                "SELECT DISTINCT street_code FROM relative_filing_record", String.class))
        .containsExactly("changshoulu");
    String history = page(get("/campaign/files/relatives").with(user(CLERK)));
    assertThat(history).contains("长寿路街道近亲属备案登记表.xlsx", "已导入", "共 1 条");
    // and the other street's clerk does not see that load
    assertThat(page(get("/campaign/files/relatives").with(user(OTHER))))
        .doesNotContain("长寿路街道近亲属备案登记表.xlsx")
        .contains("还没有导入过这种文件");
  }

  @Test
  void aClerksFileOfAnotherStreetIsRefusedNamingTheCellAndNothingLoads() throws Exception {
    // when the clerk of 长寿路 uploads 万里's register, then 万里's removal list sent as his
    mvc.perform(
            multipart("/campaign/files/relatives/upload")
                .file(file("万里街道近亲属备案登记表.csv"))
                .with(user(CLERK))
                .with(csrf()))
        // then
        .andExpect(jsonPath("$.status").value("REJECTED"))
        .andExpect(
            jsonPath("$.messages[0]")
                .value(
                    org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("第2行“街镇”列"),
                        org.hamcrest.Matchers.containsString("本账户只能导入长寿路街道的近亲属备案登记表"))));
    mvc.perform(
            multipart("/campaign/files/removals/upload")
                .file(file("长寿路街道清退名单.xlsx"))
                .with(user(OTHER))
                .with(csrf()))
        .andExpect(jsonPath("$.status").value("REJECTED"))
        .andExpect(
            jsonPath("$.messages[0]")
                .value(org.hamcrest.Matchers.containsString("本账户只能导入万里街道的清退名单")));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM relative_filing_record", Long.class))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM removal_record", Long.class)).isZero();
    assertThat(jdbc.queryForList("SELECT status FROM load_log", String.class))
        .containsExactly("rejected", "rejected");
  }

  @Test
  void aFileTheWorkTeamLoadedIsStillRefusedToAnotherStreetsClerkAndNamesNoLoad() throws Exception {
    // given 万里's register loaded by the work team
    upload("relatives", "万里街道近亲属备案登记表.csv", ANALYST);
    // when the clerk of 长寿路 sends the very same bytes
    String answer =
        mvc.perform(
                multipart("/campaign/files/relatives/upload")
                    .file(file("万里街道近亲属备案登记表.csv"))
                    .with(user(CLERK))
                    .with(csrf()))
            .andExpect(jsonPath("$.status").value("REJECTED"))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    // then it is refused for its street, not reported as loaded by someone
    assertThat(answer).contains("本账户只能导入长寿路街道").doesNotContain("analyst1", "已导入（");
  }

  @Test
  void theWorkTeamLoadsAnyStreetAndThePaymentLedgerWhichAClerkMayNot() throws Exception {
    upload("custody", "长寿路街道卡折代管登记表.xlsx", ANALYST);
    upload("removals", "长寿路街道清退名单.xlsx", ANALYST);
    upload("payments", "长寿路街道社会救助资金发放台账.xlsx", ANALYST);
    mvc.perform(
            multipart("/campaign/files/payments/upload")
                .file(file("长寿路街道社会救助资金发放台账.xlsx"))
                .with(user(CLERK))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/campaign/files/payments").with(user(CLERK)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/campaign/files/payments/template.xlsx").with(user(CLERK)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/campaign/files/relatives").with(user(LEADER)))
        .andExpect(status().isForbidden());
    mvc.perform(
            multipart("/campaign/files/relatives/upload")
                .file(file("长寿路街道近亲属备案登记表.xlsx"))
                .with(user(LEADER))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(page(get("/campaign/files/relatives").with(user(CLERK)))).doesNotContain("上传资金发放台账");
  }

  @Test
  void aWorkbookOverTheRowCapIsRefusedWithAClearMessage() throws Exception {
    // given a register with 2,100 rows below its header
    byte[] xlsx;
    try (Workbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("登记表");
      List<SourceColumn> columns = SourceFile.REMOVALS.columns();
      Row header = sheet.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        header.createCell(c).setCellValue(columns.get(c).label());
      }
      for (int r = 1; r <= 2100; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(r);
        row.createCell(1).setCellValue("长寿路街道");
      }
      book.write(out);
      xlsx = out.toByteArray();
    }
    // when
    mvc.perform(
            multipart("/campaign/files/removals/upload")
                .file(new MockMultipartFile("file", "大名单.xlsx", "application/octet-stream", xlsx))
                .with(user(CLERK))
                .with(csrf()))
        // then
        .andExpect(jsonPath("$.status").value("REJECTED"))
        .andExpect(
            jsonPath("$.messages[0]")
                .value(
                    org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("大名单.xlsx"),
                        org.hamcrest.Matchers.containsString("2000"))));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM removal_record", Long.class)).isZero();
  }

  @Test
  void everyKindsTemplateDownloadsWithTheDictionarysHeadersForAClerk() throws Exception {
    for (CampaignFile kind : List.of(CampaignFile.RELATIVES, CampaignFile.LEDGER)) {
      byte[] xlsx =
          mvc.perform(get("/campaign/files/" + kind.path() + "/template.xlsx").with(user(CLERK)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
        List<String> labels = new ArrayList<>();
        for (Cell cell : book.getSheetAt(0).getRow(3)) {
          labels.add(cell.getStringCellValue());
        }
        assertThat(labels)
            .isEqualTo(kind.source().columns().stream().map(SourceColumn::label).toList());
        assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
            .isEqualTo("填报单位：长寿路街道");
      }
    }
  }

  @Test
  void registersListOnlyTheClerksStreetMaskedAndLeadersSeeCountsOnly() throws Exception {
    // given both streets' registers loaded by the work team
    upload("relatives", "长寿路街道近亲属备案登记表.xlsx", ANALYST);
    upload("relatives", "万里街道近亲属备案登记表.csv", ANALYST);
    long own =
        jdbc.queryForObject(
            "SELECT count(*) FROM relative_filing_record WHERE street_code = 'changshoulu'",
            Long.class);
    long all = jdbc.queryForObject("SELECT count(*) FROM relative_filing_record", Long.class);
    // when
    String clerk = page(get("/campaign/registers/relatives").with(user(CLERK)));
    String team = page(get("/campaign/registers/relatives").with(user(ANALYST)));
    String leader = page(get("/campaign/registers/relatives").with(user(LEADER)));
    // then
    assertThat(clerk).contains("共 " + own + " 条").doesNotContain("万里街道</td>");
    assertThat(clerk).doesNotContainPattern("\\d{17}[\\dXx]");
    assertThat(team).contains("共 " + all + " 条", "万里街道");
    assertThat(team).doesNotContainPattern("\\d{17}[\\dXx]");
    assertThat(leader)
        .contains("register-counts", String.valueOf(all))
        .doesNotContain("新增一条")
        .doesNotContainPattern("/campaign/registers/relatives/\\d");
    assertThat(leader).doesNotContain("3101**");
    // and a clerk naming another street is refused
    mvc.perform(get("/campaign/registers/relatives").param("street", "wanli").with(user(CLERK)))
        .andExpect(status().isForbidden());
    // and the work team narrows by street and month
    String narrowed =
        page(
            get("/campaign/registers/relatives")
                .param("street", "wanli")
                .param("period", "2024-11")
                .with(user(ANALYST)));
    long wanliNovember =
        jdbc.queryForObject(
            "SELECT count(*) FROM relative_filing WHERE street_code = 'wanli' AND period = '2024-11'",
            Long.class);
    assertThat(narrowed).contains("共 " + wanliNovember + " 条");
  }

  @Test
  void aClerkCannotOpenOrChangeAnotherStreetsRow() throws Exception {
    // given
    upload("relatives", "万里街道近亲属备案登记表.csv", ANALYST);
    long id = jdbc.queryForObject("SELECT min(id) FROM relative_filing_record", Long.class);
    // when / then
    mvc.perform(get("/campaign/registers/relatives/" + id).with(user(CLERK)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/campaign/registers/relatives/" + id)
                .param("street", "长寿路街道")
                .param("staffName", "周建国")
                .param("staffIdNo", "310107198001011234")
                .param("staffKind", "社会救助经办人员")
                .param("relativeName", "周小梅")
                .param("relativeIdNo", "310107195501012345")
                .param("filedDate", "2024-11-08")
                .with(user(CLERK))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/campaign/registers/relatives/" + id + "/personal-data")
                .param("reason", "核实")
                .with(user(CLERK))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(page(get("/campaign/registers/relatives/" + id).with(user(OTHER))))
        .contains("修改近亲属备案登记");
    // and the same for a custody case of 桃浦镇
    upload("custody", "桃浦镇卡折代管登记表.csv", ANALYST);
    long custody = jdbc.queryForObject("SELECT min(id) FROM card_custody_record", Long.class);
    mvc.perform(get("/campaign/registers/custody/" + custody).with(user(CLERK)))
        .andExpect(status().isNotFound());
    assertThat(page(get("/campaign/registers/custody").with(user(CLERK))))
        .contains("共 0 条")
        .doesNotContain("桃浦镇</td>");
    mvc.perform(get("/campaign/registers/custody").param("street", "taopuzhen").with(user(CLERK)))
        .andExpect(status().isForbidden());
    assertThat(jdbc.queryForObject("SELECT count(*) FROM relative_filing_record", Long.class))
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT count(*) FROM relative_filing_record WHERE street_code = 'wanli'",
                Long.class));
  }

  @Test
  void aRowEnteredInTheFormGoesThroughTheLoadersChecksAndIsAudited() throws Exception {
    // given a row with a bad date and no relative's ID number, then of another street
    String bad =
        mvc.perform(
                post("/campaign/registers/relatives/new")
                    .param("street", "长寿路街道")
                    .param("staffName", "周建国")
                    .param("staffIdNo", "310107198001011234")
                    .param("staffKind", "社会救助经办人员")
                    .param("relativeName", "周小梅")
                    .param("filedDate", "十一月八日")
                    .with(user(CLERK))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(bad)
        .contains("未保存", "缺少“近亲属身份证号”", "备案日期“十一月八日”不是日期")
        .doesNotContain("310107198001011234");
    String foreign =
        mvc.perform(
                post("/campaign/registers/relatives/new")
                    .param("street", "万里街道")
                    .param("staffName", "周建国")
                    .param("staffIdNo", "310107198001011234")
                    .param("staffKind", "社会救助经办人员")
                    .param("relativeName", "周小梅")
                    .param("relativeIdNo", "310107195501012345")
                    .param("filedDate", "2024-11-08")
                    .with(user(CLERK))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(foreign).contains("本账户只能导入长寿路街道的近亲属备案登记表");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM relative_filing_record", Long.class))
        .isZero();
    // when the row is right
    mvc.perform(
            post("/campaign/registers/relatives/new")
                .param("street", "长寿路街道")
                .param("rowNo", "7")
                .param("staffName", "周建国")
                .param("staffIdNo", "310107198001011234")
                .param("staffKind", "社会救助经办人员")
                .param("relativeName", "周小梅")
                .param("relativeIdNo", "310107195501012345")
                .param("filedDate", "2024年11月8日")
                .param("keptApart", "否")
                .with(user(CLERK))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    // then it is kept masked, and audited without personal data
    var row =
        jdbc.queryForMap(
            "SELECT id, street_code, staff_id_masked, filed_date::VARCHAR AS d, kept_apart"
                + " FROM relative_filing_record");
    assertThat(row)
        .containsEntry("street_code", "changshoulu")
        .containsEntry("staff_id_masked", "3101**********1234")
        .containsEntry("d", "2024-11-08")
        .containsEntry("kept_apart", false);
    // and when it is edited (names and IDs typed again), the same row changes
    long id = ((Number) row.get("id")).longValue();
    String form = page(get("/campaign/registers/relatives/" + id).with(user(CLERK)));
    assertThat(form).contains("原：周*", "原：3101**********1234").contains("value=\"7\"");
    mvc.perform(
            post("/campaign/registers/relatives/" + id)
                .param("street", "长寿路街道")
                .param("rowNo", "7")
                .param("staffName", "周建国")
                .param("staffIdNo", "310107198001011234")
                .param("staffKind", "社会救助经办人员")
                .param("relativeName", "周小梅")
                .param("relativeIdNo", "310107195501012345")
                .param("filedDate", "2024-11-08")
                .param("keptApart", "是")
                .with(user(CLERK))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(jdbc.queryForList("SELECT kept_apart FROM relative_filing_record", Boolean.class))
        .containsExactly(true);
    List<String> audit =
        jdbc.queryForList(
            "SELECT action || ' ' || coalesce(detail, '') FROM audit_log WHERE username = 'csclerk'"
                + " AND action LIKE 'register_row_%' ORDER BY id",
            String.class);
    assertThat(audit)
        .containsExactly("register_row_added 街镇：长寿路街道，序号：7", "register_row_changed 街镇：长寿路街道，序号：7");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM audit_log WHERE detail LIKE '%310107%' OR target LIKE '%310107%'",
                Long.class))
        .isZero();
  }

  @Test
  void theRevealNeedsAReasonAndSaysWhenNoRawValuesAreKept() throws Exception {
    upload("relatives", "长寿路街道近亲属备案登记表.xlsx", ANALYST);
    long id = jdbc.queryForObject("SELECT min(id) FROM relative_filing_record", Long.class);
    mvc.perform(
            post("/campaign/registers/relatives/" + id + "/personal-data")
                .with(user(ANALYST))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("problem", org.hamcrest.Matchers.startsWith("请填写查看事由")));
    mvc.perform(
            post("/campaign/registers/relatives/" + id + "/personal-data")
                .param("reason", "核实近亲属是否仍享受低保")
                .with(user(ANALYST))
                .with(csrf()))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("problem", "本行没有保存个人信息原文（本实例只保存脱敏信息）"));
    mvc.perform(
            post("/campaign/registers/relatives/" + id + "/personal-data")
                .param("reason", "核实")
                .with(user(LEADER))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void summaryReportsAreCheckedByContentListedForTheTeamAndKeptFromOtherStreets() throws Exception {
    // given a PDF of 长寿路 and a text file named like a PDF
    byte[] pdf = "%PDF-1.4\n长寿路街道自查自纠工作总结\n%%EOF".getBytes("UTF-8");
    mvc.perform(
            multipart("/campaign/summary-reports")
                .file(
                    new MockMultipartFile("file", "总结.pdf", "application/pdf", "hello".getBytes()))
                .with(user(CLERK))
                .with(csrf()))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("problem", org.hamcrest.Matchers.containsString("不是 PDF")));
    mvc.perform(
            multipart("/campaign/summary-reports")
                .file(new MockMultipartFile("file", "长寿路总结.pdf", "application/pdf", pdf))
                .with(user(CLERK))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    long id = jdbc.queryForObject("SELECT id FROM summary_report_file", Long.class);
    // when
    String team = page(get("/campaign/summary-reports").with(user(ANALYST)));
    String other = page(get("/campaign/summary-reports").with(user(OTHER)));
    // then
    assertThat(team).contains("长寿路总结.pdf", "9 个尚未上传", "尚未上传");
    assertThat(other).doesNotContain("长寿路总结.pdf");
    byte[] back =
        mvc.perform(get("/campaign/summary-reports/" + id).with(user(CLERK)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(back).isEqualTo(pdf);
    mvc.perform(get("/campaign/summary-reports/" + id).with(user(ANALYST)))
        .andExpect(status().isOk());
    mvc.perform(get("/campaign/summary-reports/" + id).with(user(OTHER)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/campaign/summary-reports").with(user(LEADER)))
        .andExpect(status().isForbidden());
    mvc.perform(
            multipart("/campaign/summary-reports")
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                .with(user(ANALYST))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            multipart("/campaign/summary-reports")
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                .header("Content-Length", 300L * 1024 * 1024)
                .with(user(CLERK))
                .with(csrf()))
        .andExpect(status().isPayloadTooLarge());
    assertThat(jdbc.queryForObject("SELECT count(*) FROM summary_report_file", Long.class))
        .isEqualTo(1);
  }
}
