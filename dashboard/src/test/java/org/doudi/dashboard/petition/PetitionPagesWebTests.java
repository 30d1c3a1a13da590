package org.doudi.dashboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(
    properties = {
      "doudi.demo=false",
      "doudi.personal-data.hash-secret=web-test-secret-0123456789abcdef0123"
    })
@AutoConfigureMockMvc
class PetitionPagesWebTests {

  @TempDir static Path warehouse;

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> warehouse.resolve("doudi.duckdb").toString());
  }

  @BeforeEach
  void uploadOneRealNameComplaint() throws Exception {
    if (jdbc.queryForObject("SELECT count(*) FROM petition_case", Long.class) > 0) {
      return;
    }
    String csv =
        "编号,受理日期,渠道,是否实名,诉求类型,所属街镇,反映人,身份证号,联系电话,办理状态\n"
            + "W1,2024-11-05,来电,是,投诉举报,长寿路,张三,31011619910717452X,13812345678,办理中\n";
    String token =
        mvc.perform(
                multipart("/petitions/upload")
                    .file(
                        new MockMultipartFile(
                            "file", "web.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                    .with(user("analyst1").roles("ANALYST"))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString()
            .replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    for (int i = 0; i < 200; i++) {
      String progress =
          mvc.perform(get("/petitions/upload/" + token).with(user("analyst1").roles("ANALYST")))
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      if (progress.contains("\"done\":true")) {
        assertThat(progress).contains("\"outcome\":\"LOADED\"").contains("新增 1");
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("upload did not finish");
  }

  @Test
  void theProgressOfAnUploadCutOffByARestartSaysInterrupted() throws Exception {
    // given a token this server never handed out (the server that did was restarted)
    // when
    String progress =
        mvc.perform(
                get("/petitions/upload/" + java.util.UUID.randomUUID())
                    .with(user("analyst1").roles("ANALYST")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    // then
    assertThat(progress)
        .contains("\"done\":true")
        .contains("\"outcome\":\"INTERRUPTED\"")
        .contains("这次导入因服务器重启而中断");
  }

  @Test
  void analystAdvancesALedgerItemWithANoteAndTheHistoryShowsIt() throws Exception {
    // when
    mvc.perform(
            post("/petitions/ledger/W1")
                .param("state", "核实中")
                .param("note", "已联系街道")
                .with(user("analyst1").roles("ANALYST"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    // then
    String page =
        mvc.perform(get("/petitions/ledger/W1").with(user("analyst1").roles("ANALYST")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("核实中").contains("analyst1：待核实 → 核实中（已联系街道）");
    assertThat(page).doesNotContain("13812345678").doesNotContain("31011619910717452X");
    // only the moves the workflow allows from 核实中 are offered
    assertThat(page)
        .contains("<option value=\"属实\">", "<option value=\"部分属实\">", "<option value=\"不属实\">")
        .doesNotContain("<option value=\"待核实\">", "<option value=\"核实中\">");
  }

  @Test
  void overviewAndUploadPagesShowMaskedCountsAndTheForm() throws Exception {
    // when
    String overview =
        mvc.perform(get("/petitions/loads").with(user("analyst1").roles("ANALYST")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String upload =
        mvc.perform(get("/petitions/upload").with(user("admin1").roles("ADMIN")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    // then
    assertThat(overview).contains("2024-11").contains("web.csv").contains("新增 1，更新 0");
    assertThat(overview).doesNotContain("13812345678");
    assertThat(upload).contains("跳过错误行").contains("/js/petition-upload.js");
  }

  @Test
  void leaderReadsTheLedgerButCannotChangeIt() throws Exception {
    // when / then
    mvc.perform(get("/petitions/ledger").with(user("leader1").roles("LEADER")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("W1")));
    mvc.perform(
            post("/petitions/ledger/W1")
                .param("state", "不属实")
                .param("note", "x")
                .with(user("leader1").roles("LEADER"))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void streetAccountsNeverSeePetitionsOrTheLedger() throws Exception {
    // when / then
    for (String url :
        new String[] {
          "/petitions", "/petitions/loads", "/petitions/ledger", "/petitions/ledger/W1"
        }) {
      mvc.perform(get(url).with(user("clerk").roles("STREET"))).andExpect(status().isForbidden());
    }
  }

  @Test
  void personalDataViewIsRefusedAndAuditedWhenOnlyMaskedValuesAreKept() throws Exception {
    // when
    mvc.perform(
            post("/petitions/ledger/W1/personal-data")
                .param("reason", "核实")
                .with(user("analyst1").roles("ANALYST"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    // then
    assertThat(
            jdbc.queryForObject(
                "SELECT outcome FROM audit_log WHERE action = 'personal_data_viewed' AND target = 'W1'"
                    + " ORDER BY id DESC LIMIT 1",
                String.class))
        .isEqualTo("refused");
  }
}
