package org.doudi.dashboard.streetform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.doudi.dashboard.security.DoudiUser;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.Role;
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

@SpringBootTest
@AutoConfigureMockMvc
class FormsPageTests {

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) throws IOException {
    Path home = Files.createTempDirectory("doudi-forms-page");
    registry.add("doudi.warehouse.path", () -> home.resolve("doudi.duckdb").toString());
    registry.add("doudi.demo", () -> "false");
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private static DoudiUser account(String name, Role role, String street) {
    return new DoudiUser(new Account(name, "x", role, street, null, null, true, 0, null), false);
  }

  private static final DoudiUser CLERK = account("csclerk", Role.STREET, "changshoulu");
  private static final DoudiUser ANALYST = account("analyst1", Role.ANALYST, null);
  private static final DoudiUser LEADER = account("leader1", Role.LEADER, null);

  private static MockMultipartFile file(String name) throws IOException {
    try (InputStream in = FormsPageTests.class.getResourceAsStream("/streetform/" + name)) {
      return new MockMultipartFile("file", name, "application/octet-stream", in.readAllBytes());
    }
  }

  @BeforeEach
  void empty() {
    jdbc.update("DELETE FROM street_form");
    jdbc.update("DELETE FROM load_run_file");
    jdbc.update("DELETE FROM load_log");
    jdbc.update("DELETE FROM app_user WHERE username = 'csclerk'");
    jdbc.update(
        "INSERT INTO app_user (username, password_hash, role, street_code) VALUES ('csclerk', 'x', 'street', 'changshoulu')");
  }

  @Test
  void anUploadLargerThanTheFormLimitIsRefusedBeforeItIsRead() throws Exception {
    // given a request announcing 300 MB, the tester's case (the form limit is 20 MB)
    // when
    mvc.perform(
            multipart("/forms/upload")
                .file(file("2024-12-长寿路街道.xlsx"))
                .header("Content-Length", 300L * 1024 * 1024)
                .with(user(CLERK))
                .with(csrf()))
        // then
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.status").value("REJECTED"))
        .andExpect(jsonPath("$.messages[0]").value("文件大小约 300.0 MB，超过本页上限 20.0 MB，未上传；请检查是否选错了文件"));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM load_log", Long.class)).isZero();
  }

  @Test
  void anUploadedNameKeepsNoFolderAndTheAnswerSaysTheFindingsFollow() throws Exception {
    // given
    MockMultipartFile form = file("2024-12-长寿路街道.xlsx");
    MockMultipartFile sneaky =
        new MockMultipartFile(
            "file", "../../../etc/2024-12-长寿路街道.xlsx", "application/octet-stream", form.getBytes());
    // when
    mvc.perform(
            multipart("/forms/upload")
                .file(sneaky)
                .param("period", "2024-12")
                .with(user(CLERK))
                .with(csrf()))
        // then
        .andExpect(jsonPath("$.status").value("OK"))
        .andExpect(jsonPath("$.fileName").value("2024-12-长寿路街道.xlsx"))
        .andExpect(jsonPath("$.findings").value("核查发现正在后台重新计算，稍后在“核查发现”页查看"));
    assertThat(jdbc.queryForList("SELECT file_name FROM load_log", String.class))
        .containsExactly("2024-12-长寿路街道.xlsx");
  }

  @Test
  void aStreetClerkLoadsOwnStreetsFormAndIsRefusedAnotherStreets() throws Exception {
    // when the clerk of 长寿路 uploads its own form, then another street's
    mvc.perform(
            multipart("/forms/upload")
                .file(file("2024-12-长寿路街道.xlsx"))
                .param("period", "2024-12")
                .with(user(CLERK))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("OK"))
        .andExpect(jsonPath("$.headline").value("已导入"));
    mvc.perform(
            multipart("/forms/upload")
                .file(file("2024-12-万里街道.xlsx"))
                .param("period", "2024-12")
                .with(user(CLERK))
                .with(csrf()))
        .andExpect(jsonPath("$.status").value("REJECTED"))
        .andExpect(
            jsonPath("$.messages[0]")
                .value("2024-12-万里街道.xlsx Sheet1!A2：表中街镇为“万里街道”，本账户只能报送“长寿路街道”的统计表"));
    // then only its own street's form is kept, and the clerk can print it
    assertThat(jdbc.queryForList("SELECT street_code FROM street_form", String.class))
        .containsExactly("changshoulu");
    String page =
        mvc.perform(get("/forms").with(user(CLERK))).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("/reports/street-form?period=2024-12&amp;street=changshoulu");
  }

  @Test
  void aBadFileIsReportedCellByCellInPlainChinese() throws Exception {
    mvc.perform(
            multipart("/forms/upload").file(file("words.xlsx")).with(user(ANALYST)).with(csrf()))
        .andExpect(jsonPath("$.status").value("REJECTED"))
        .andExpect(jsonPath("$.headline").value("未导入：请按下面的提示修改后重新上传（文件中的数据一项也没有保存）"))
        .andExpect(
            jsonPath("$.messages[0]")
                .value(org.hamcrest.Matchers.startsWith("words.xlsx Sheet1!D6：“约3人”不是整数")));
  }

  @Test
  void aLeaderMayNotUploadAndAClerkMayNotReturnOrLoadDisciplineFigures() throws Exception {
    mvc.perform(multipart("/forms/upload").file(file("words.xlsx")).with(user(LEADER)).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            multipart("/forms/discipline/upload")
                .file(file("words.xlsx"))
                .with(user(CLERK))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/forms/1/return").param("reason", "x").with(user(CLERK)).with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void theAnalystReturnsAFormAndTheClerkSeesWhy() throws Exception {
    // given
    mvc.perform(
        multipart("/forms/upload").file(file("2024-12-长寿路街道.xlsx")).with(user(CLERK)).with(csrf()));
    long id = jdbc.queryForObject("SELECT id FROM street_form", Long.class);
    // when
    mvc.perform(
            post("/forms/" + id + "/return")
                .param("reason", "问题线索数与台账不符")
                .with(user(ANALYST))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    // then
    String page =
        mvc.perform(get("/forms").with(user(CLERK))).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("已退回", "问题线索数与台账不符", "请修改后重新上传");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM street_report", Integer.class)).isZero();
  }

  @Test
  void theBlankFormDownloadsWithTheClerksStreetAndThePeriod() throws Exception {
    byte[] xlsx =
        mvc.perform(get("/forms/blank.xlsx").param("period", "2025-01").with(user(CLERK)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      var fields = workbook.getSheetAt(0).getRow(1);
      assertThat(fields.getCell(0).getStringCellValue()).isEqualTo("街镇：");
      assertThat(fields.getCell(1).getStringCellValue()).isEqualTo("长寿路街道");
      assertThat(fields.getCell(8).getStringCellValue()).isEqualTo("统计期：");
      assertThat(fields.getCell(9).getStringCellValue()).isEqualTo("2025年1月");
      assertThat(workbook.getSheetAt(0).getMergedRegions()).hasSizeGreaterThan(10);
    }
  }

  @Test
  void theHistoryShowsAStreetOnlyItsOwnLoads() throws Exception {
    // given
    mvc.perform(
        multipart("/forms/upload").file(file("words.xlsx")).with(user(ANALYST)).with(csrf()));
    mvc.perform(
        multipart("/forms/upload").file(file("2024-12-长寿路街道.xlsx")).with(user(CLERK)).with(csrf()));
    // when
    String clerks =
        mvc.perform(get("/forms/history").with(user(CLERK)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String analysts =
        mvc.perform(get("/forms/history").with(user(ANALYST)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    // then
    assertThat(clerks).contains("2024-12-长寿路街道.xlsx").doesNotContain("words.xlsx");
    assertThat(analysts).contains("2024-12-长寿路街道.xlsx", "words.xlsx", "“约3人”不是整数");
  }
}
