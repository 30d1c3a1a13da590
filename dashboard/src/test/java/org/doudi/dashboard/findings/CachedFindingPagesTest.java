package org.doudi.dashboard.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.doudi.dashboard.cache.AnswerCache;
import org.doudi.dashboard.security.DoudiUser;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.Role;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The street page and the findings page are kept per data version (issue 16, item 5): a second
 * identical request computes nothing, and a workflow action makes the next answer fresh.
 */
@SpringBootTest(properties = "doudi.demo=false")
@AutoConfigureMockMvc
class CachedFindingPagesTest {

  @TempDir static Path home;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> home.resolve("doudi.duckdb").toString());
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired FindingsEngine engine;
  @Autowired AnswerCache cache;

  long id;
  String street;

  @BeforeEach
  void oneFinding() throws Exception {
    jdbc.execute("DELETE FROM finding_event");
    jdbc.execute("DELETE FROM finding_record");
    jdbc.execute("DELETE FROM street_form");
    jdbc.execute("DELETE FROM discipline_figure");
    try (var connection = dataSource.getConnection()) {
      Forms.december(connection);
    }
    // the recomputation moves the data version: nothing kept from another test is served
    engine.recompute(List.of(Period.of(2024, 12)));
    id =
        jdbc.queryForObject(
            "SELECT finding_id FROM finding WHERE rule = 'discipline_mismatch'", Long.class);
    street =
        jdbc.queryForObject(
            "SELECT street_code FROM finding WHERE finding_id = ?", String.class, id);
  }

  @Test
  void secondIdenticalStreetPageComputesNothing() throws Exception {
    // given a leader who opened a street's page
    Object first = model(get("/streets/{code}", street).with(leader()), "findings");
    long computed = cache.computations();
    // when the page is opened again
    Object second = model(get("/streets/{code}", street).with(leader()), "findings");
    // then the same findings come back without a computation
    assertThat(cache.computations()).isEqualTo(computed);
    assertThat(second).isEqualTo(first);
    assertThat(rows(second)).extracting(FindingRow::id).contains(id);
  }

  @Test
  void explainingAFindingMakesTheNextFindingsPageFresh() throws Exception {
    // given the findings page as the work team saw it, twice, the second time from the cache
    assertThat(statusOf(id, model(get("/findings").with(analyst()), "rows"))).isEqualTo("open");
    long computed = cache.computations();
    model(get("/findings").with(analyst()), "rows");
    assertThat(cache.computations()).isEqualTo(computed);
    Object streetPage = model(get("/streets/{code}", street).with(leader()), "findings");
    assertThat(statusOf(id, streetPage)).isEqualTo("open");
    // when an analyst explains the finding
    mvc.perform(
            post("/api/findings/{id}/explain", id)
                .with(user("ana").roles("ANALYST"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"纪委监委口径不含月末清退的1人\"}"))
        .andExpect(status().isOk());
    // then the findings page and the street page are computed anew and show the new status
    long before = cache.computations();
    assertThat(statusOf(id, model(get("/findings").with(analyst()), "rows")))
        .isEqualTo("explained");
    assertThat(statusOf(id, model(get("/streets/{code}", street).with(leader()), "findings")))
        .isEqualTo("explained");
    assertThat(cache.computations()).isGreaterThan(before);
  }

  @Test
  void aClerkNeverGetsTheAnswerKeptForTheWholeDistrict() throws Exception {
    // given the district's findings kept for a leader
    List<FindingRow> district = rows(model(get("/findings").with(leader()), "rows"));
    assertThat(district).extracting(FindingRow::streetCode).contains(street);
    String other =
        district.stream()
            .map(FindingRow::streetCode)
            .filter(code -> !code.equals(street))
            .findFirst()
            .orElseThrow();
    // when a clerk of another street opens the same page
    List<FindingRow> clerks = rows(model(get("/findings").with(clerk(other)), "rows"));
    // then the clerk sees only the own street's findings
    assertThat(clerks).extracting(FindingRow::streetCode).containsOnly(other);
    assertThat(clerks).extracting(FindingRow::id).doesNotContain(id);
  }

  private Object model(MockHttpServletRequestBuilder request, String name) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getModelAndView()
        .getModel()
        .get(name);
  }

  @SuppressWarnings("unchecked")
  private static List<FindingRow> rows(Object model) {
    return (List<FindingRow>) model;
  }

  private static String statusOf(long id, Object model) {
    return rows(model).stream().filter(r -> r.id() == id).findFirst().orElseThrow().status();
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor leader() {
    return user(as("leader1", Role.LEADER, null));
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor analyst() {
    return user(as("ana", Role.ANALYST, null));
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor clerk(
      String street) {
    return user(as("clerk-" + street, Role.STREET, street));
  }

  private static DoudiUser as(String name, Role role, String street) {
    return new DoudiUser(new Account(name, "x", role, street, null, null, true, 0, null), false);
  }
}
