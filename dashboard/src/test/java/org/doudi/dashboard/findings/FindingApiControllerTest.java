package org.doudi.dashboard.findings;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.findings.FindingsEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The workflow's JSON actions: analysts act and read history, street accounts get 403. */
@SpringBootTest(properties = "doudi.demo=false")
@AutoConfigureMockMvc
class FindingApiControllerTest {

  @TempDir static Path home;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> home.resolve("doudi.duckdb").toString());
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired FindingsEngine engine;

  long id;

  @BeforeEach
  void oneFinding() throws Exception {
    jdbc.execute("DELETE FROM finding_event");
    jdbc.execute("DELETE FROM finding_record");
    jdbc.execute("DELETE FROM street_form");
    jdbc.execute("DELETE FROM discipline_figure");
    try (var connection = dataSource.getConnection()) {
      Forms.december(connection);
    }
    engine.recompute(List.of(Period.of(2024, 12)));
    id =
        jdbc.queryForObject(
            "SELECT finding_id FROM finding WHERE rule = 'discipline_mismatch'", Long.class);
  }

  @Test
  void analystExplainsAFindingAndGetsItsHistory() throws Exception {
    // when / then
    mvc.perform(
            post("/api/findings/{id}/explain", id)
                .with(user("ana").roles("ANALYST"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"纪委监委口径不含月末清退的1人\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.finding.id").value(id))
        .andExpect(jsonPath("$.finding.status").value("explained"))
        .andExpect(jsonPath("$.finding.statusLabel").value("已说明"))
        .andExpect(jsonPath("$.history", hasSize(2)))
        .andExpect(jsonPath("$.history[1].actor").value("ana"))
        .andExpect(jsonPath("$.history[1].reason").value("纪委监委口径不含月末清退的1人"));

    mvc.perform(get("/api/findings/{id}/history", id).with(user("boss").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.history[0].action").value("found"))
        .andExpect(jsonPath("$.history[1].action").value("explained"));
  }

  @Test
  void streetAccountIsForbidden() throws Exception {
    // when / then
    mvc.perform(
            post("/api/findings/{id}/correct", id)
                .with(user("clerk").roles("STREET"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"已更正\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/findings/{id}/history", id).with(user("clerk").roles("STREET")))
        .andExpect(status().isForbidden());
  }

  @Test
  void refusedActionSaysWhyInChinese() throws Exception {
    // when / then
    mvc.perform(
            post("/api/findings/{id}/reopen", id)
                .with(user("ana").roles("ANALYST"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"再核实\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.error").value("该发现当前状态为“待处理”，不能重新打开"));
  }

  @Test
  void unknownFindingIsNotFound() throws Exception {
    // when / then
    mvc.perform(get("/api/findings/{id}/history", 987654).with(user("ana").roles("ANALYST")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.error").value("没有编号为 987654 的核查发现"));
  }
}
