package org.doudi.dashboard.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.doudi.dashboard.DashboardTestBase;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.rectification.ProblemList;
import org.doudi.warehouse.rectification.RectificationWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A street clerk reaches the own street's items only, over every endpoint of the problem list:
 * pages, actions, uploads, the evidence download, the export and the JSON. Another street's item
 * answers as if it did not exist and is left unchanged.
 */
class ProblemListStreetIsolationTest extends DashboardTestBase {

  @Autowired ProblemList problems;
  @Autowired RectificationWorkflow workflow;

  long own;
  long other;
  long district;
  long otherEvidence;

  @BeforeEach
  void twoStreetsItems() {
    ProblemListFixture.clear(jdbc);
    own = ProblemListFixture.item(problems, "changshoulu", "长寿路公示不到位", null);
    other = ProblemListFixture.item(problems, "caoyangxincun", "曹杨优亲厚友", null);
    district = ProblemListFixture.item(problems, null, "区级制度不健全", null);
    workflow.rectified(
        StreetAccess.all(), other, "已整改", "曹杨整改报告.pdf", ProblemListFixture.PDF, "clerk2");
    otherEvidence = jdbc.queryForObject("SELECT id FROM evidence_file", Long.class);
  }

  @Test
  void theListAndItsJsonHoldTheOwnStreetOnly() throws Exception {
    mvc.perform(get("/rectification").with(as("clerk1")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("长寿路公示不到位")))
        .andExpect(content().string(not(containsString("曹杨优亲厚友"))))
        .andExpect(content().string(not(containsString("区级制度不健全"))))
        .andExpect(content().string(containsString("共 1 条")));
    mvc.perform(get("/api/rectification").with(as("clerk1")))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].itemNo").value(own));
    for (String street : List.of("caoyangxincun", "district")) {
      mvc.perform(get("/rectification").param("street", street).with(as("clerk1")))
          .andExpect(status().isForbidden());
      mvc.perform(get("/api/rectification").param("street", street).with(as("clerk1")))
          .andExpect(status().isForbidden());
      mvc.perform(get("/rectification/ledger.xlsx").param("street", street).with(as("clerk1")))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void anotherStreetsItemIsNotFoundOnEveryReadingEndpoint() throws Exception {
    for (long item : List.of(other, district)) {
      mvc.perform(get("/rectification/" + item).with(as("clerk1")))
          .andExpect(status().isNotFound());
      mvc.perform(get("/api/rectification/" + item).with(as("clerk1")))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get("/rectification/" + other + "/evidence/" + otherEvidence).with(as("clerk1")))
        .andExpect(status().isNotFound());
    // nor through the own item's address
    mvc.perform(get("/rectification/" + own + "/evidence/" + otherEvidence).with(as("clerk1")))
        .andExpect(status().isNotFound());
    // the owning street and the work team do get the file
    for (String user : List.of("clerk2", "analyst1")) {
      mvc.perform(get("/rectification/" + other + "/evidence/" + otherEvidence).with(as(user)))
          .andExpect(status().isOk())
          .andExpect(content().bytes(ProblemListFixture.PDF));
    }
  }

  @Test
  void anotherStreetsItemIsNotFoundOnEveryChangingEndpointAndStaysUnchanged() throws Exception {
    Map<String, Object> before = record(other);
    List<AbstractMockHttpServletRequestBuilder<?>> changes = new ArrayList<>();
    for (long item : List.of(other, district)) {
      String page = "/rectification/" + item;
      changes.add(post(page + "/plan").param("measures", "改掉别人的措施"));
      changes.add(
          multipart(page + "/rectified")
              .file(
                  new MockMultipartFile(
                      "evidence", "x.pdf", "application/pdf", ProblemListFixture.PDF))
              .param("result", "改掉别人的成效"));
      changes.add(
          multipart(page + "/evidence")
              .file(
                  new MockMultipartFile(
                      "evidence", "x.pdf", "application/pdf", ProblemListFixture.PDF)));
      changes.add(post(page + "/closure"));
    }
    for (AbstractMockHttpServletRequestBuilder<?> change : changes) {
      mvc.perform(change.with(csrf()).with(as("clerk1"))).andExpect(status().isNotFound());
    }
    // reviewing is the work team's, whatever the street
    mvc.perform(post("/rectification/" + own + "/accept").with(csrf()).with(as("clerk1")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/rectification/" + own + "/return")
                .param("reason", "x")
                .with(csrf())
                .with(as("clerk1")))
        .andExpect(status().isForbidden());

    assertThat(record(other)).isEqualTo(before);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM evidence_file", Long.class)).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM audit_log WHERE username = 'clerk1' AND outcome = 'refused'"
                    + " AND target = ?",
                Long.class,
                "问题 " + other))
        .isEqualTo(4);
  }

  @Test
  void aClerkPutsNothingOfAnotherStreetOnTheList() throws Exception {
    // finding 3 is 曹杨新村's, finding 2 长风新村's
    for (String finding : List.of("2", "3")) {
      mvc.perform(post("/findings/" + finding + "/rectification").with(csrf()).with(as("clerk1")))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get("/findings/3").with(as("clerk1"))).andExpect(status().isForbidden());
    mvc.perform(post("/findings/1/rectification").with(csrf()).with(as("clerk1")))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.queryForList(
                "SELECT street_code FROM rectification_record WHERE origin_kind = 'finding'",
                String.class))
        .containsExactly("changshoulu");
  }

  @Test
  void theExportOfAClerkHoldsTheOwnStreetOnly() throws Exception {
    byte[] xlsx =
        mvc.perform(get("/rectification/ledger.xlsx").with(as("clerk1")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      List<String> rows = new ArrayList<>();
      for (Row row : sheet) {
        if (row.getRowNum() > 0) {
          rows.add(row.getCell(0).getStringCellValue() + " " + row.getCell(4).getStringCellValue());
        }
      }
      assertThat(rows).containsExactly("长寿路街道 长寿路公示不到位");
    }
  }

  private Map<String, Object> record(long item) {
    return jdbc.queryForMap(
        "SELECT measures, result, status, review, closed_date, updated_at FROM rectification_record"
            + " WHERE id = ?",
        item);
  }
}
