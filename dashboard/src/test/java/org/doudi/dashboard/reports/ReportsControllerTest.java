package org.doudi.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import org.doudi.dashboard.security.DoudiUser;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class ReportsControllerTest {

  @TempDir static Path dir;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> dir.resolve("doudi.duckdb").toString());
    registry.add("doudi.demo", () -> "false");
    registry.add("doudi.mode", () -> "server");
    registry.add("doudi.mail.initial-delay", () -> "PT1H");
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  static boolean loaded;

  @BeforeAll
  static void nothing() {}

  void fixture() {
    if (loaded) {
      return;
    }
    jdbc.execute(
        "INSERT INTO street_form (period, street_code, version, fill_date, renqing_removed,"
            + " renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan, zhengce_removed,"
            + " zhengce_recovered_yuan, whole_household_added, sanwu_removed, sanwu_recovered_yuan,"
            + " clues_total, clues_resolved, petitions_handled, petitions_resolved,"
            + " card_custody_cases, relative_filings) VALUES"
            + " ('2024-12', 'changshoulu', 1, '2024-12-20', 3, 1200.50, 1, 800, 0, 0, 2, 1, 300, 5, 4, 9, 8, 2, 6),"
            + " ('2024-12', 'wanli', 1, '2024-12-22', 2, 999.50, 0, 0, 1, 100, 0, 0, 0, 3, 3, 4, 2, 1, 3)");
    loaded = true;
  }

  static DoudiUser as(Role role, String street) {
    return new DoudiUser(
        new Account(role.key(), "x", role, street, null, null, true, 0, null), false);
  }

  @Test
  void theDeliveryListPagesAndStatesItsTotal() throws Exception {
    // given: 120 mails in the outbox, the newest with the highest number
    jdbc.execute(
        "INSERT INTO mail_outbox (dedup_key, kind, period, recipient, subject, body, created_by)"
            + " SELECT 'paging-' || i, 'district', '2024-12', 'r' || i || '@example.cn',"
            + " '区级情况报告 第' || i || '封', 'x', 'test' FROM range(1, 121) t(i)");
    long total = jdbc.queryForObject("SELECT count(*) FROM mail_outbox", Long.class);

    // when
    String first =
        mvc.perform(get("/reports/deliveries").with(user(as(Role.ANALYST, null))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    String last =
        mvc.perform(
                get("/reports/deliveries").param("page", "999").with(user(as(Role.ANALYST, null))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

    // then: 50 a page, the total stated, the newest first and the oldest on the last page
    assertThat(first).contains(String.format("共 %,d 条，当前第 1–50 条", total));
    assertThat(first).contains("区级情况报告 第120封").doesNotContain("区级情况报告 第70封<");
    assertThat(first.split("<tr>", -1).length - 2).isEqualTo(50);
    assertThat(last).contains("区级情况报告 第1封<").doesNotContain("区级情况报告 第120封");
  }

  @Test
  void leaderDownloadsTheDistrictPdfAndWorkbook() throws Exception {
    // given
    fixture();

    // when
    MvcResult pdf =
        mvc.perform(
                get("/reports/district?period=2024-12&format=pdf")
                    .with(user(as(Role.LEADER, null))))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andReturn();
    MvcResult xlsx =
        mvc.perform(
                get("/reports/district?period=campaign&format=xlsx")
                    .with(user(as(Role.LEADER, null))))
            .andExpect(status().isOk())
            .andReturn();

    // then
    assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    assertThat(pdf.getResponse().getHeader("Content-Disposition")).contains("2024-12.pdf");
    assertThat(xlsx.getResponse().getContentAsByteArray()[0]).isEqualTo((byte) 'P');
  }

  @Test
  void streetAccountGetsItsOwnFormButNotTheDistrictReportNorAnotherStreet() throws Exception {
    // given
    fixture();
    DoudiUser clerk = as(Role.STREET, "wanli");

    // then
    mvc.perform(get("/reports/district?period=2024-12").with(user(clerk)))
        .andExpect(status().isForbidden());
    MvcResult own =
        mvc.perform(get("/reports/street-form?period=2024-12").with(user(clerk)))
            .andExpect(status().isOk())
            .andReturn();
    assertThat(
            org.springframework.http.ContentDisposition.parse(
                    own.getResponse().getHeader("Content-Disposition"))
                .getFilename())
        .isEqualTo("统计表-万里街道-2024年12月.pdf");
    // another street is refused, not quietly answered with its own
    mvc.perform(get("/reports/street-form?period=2024-12&street=changshoulu").with(user(clerk)))
        .andExpect(status().isForbidden());
  }

  @Test
  void adminDefinesAScheduleInPlainWordsAndOnlyAdminsMay() throws Exception {
    // when
    mvc.perform(
            post("/admin/schedules")
                .with(user(as(Role.ADMIN, null)))
                .with(csrf())
                .param("name", "月度情况报告")
                .param("cronChoice", "0 0 9 26 * *")
                .param("periodRule", "last_month")
                .param("format", "pdf")
                .param("recipients", "leader@putuo.example"))
        .andExpect(status().is3xxRedirection());
    String page =
        mvc.perform(get("/admin/schedules").with(user(as(Role.ADMIN, null))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    // then
    assertThat(page).contains("月度情况报告").contains("每月26日 9:00").contains("未配置邮件服务器");
    mvc.perform(get("/admin/schedules").with(user(as(Role.ANALYST, null))))
        .andExpect(status().isForbidden());
  }
}
