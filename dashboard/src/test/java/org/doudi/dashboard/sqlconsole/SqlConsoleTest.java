package org.doudi.dashboard.sqlconsole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.doudi.dashboard.security.DoudiUser;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The console's pages and API, its exports and the JDBC endpoint, against a real warehouse file:
 * who may use them, what comes back, what is refused.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"doudi.demo=false", "doudi.sql.jdbc-enabled=true", "doudi.sql.jdbc-port=0"})
@AutoConfigureMockMvc
class SqlConsoleTest {

  @TempDir static Path folder;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> folder.resolve("doudi.duckdb").toString());
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired AccountRepository accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcEndpoint endpoint;

  @BeforeEach
  void data() {
    if (accounts.find("wang").isPresent()) {
      return;
    }
    jdbc.update(
        "INSERT INTO street_form (period, street_code, version, renqing_removed,"
            + " renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan, zhengce_removed,"
            + " zhengce_recovered_yuan, whole_household_added, sanwu_removed, sanwu_recovered_yuan,"
            + " clues_total, clues_resolved, petitions_handled, petitions_resolved,"
            + " card_custody_cases, relative_filings, contact_name)"
            + " SELECT '2024-12', code, 1, sort_order, 100.5, 0, 0, 0, 0, 0, 0, 0, 10, 8, 5, 5, 0, 0,"
            + " CASE WHEN code = 'wanli' THEN '=HYPERLINK(\"http://x\")' ELSE '李*' END FROM street");
    accounts.create(
        new Account(
            "wang",
            passwords.encode("Analyst2024x"),
            Role.ANALYST,
            null,
            "王分析",
            null,
            true,
            0,
            null));
    accounts.create(
        new Account(
            "zhao",
            passwords.encode("Leader2024x"),
            Role.LEADER,
            null,
            "赵领导",
            null,
            true,
            0,
            null));
  }

  private static DoudiUser as(String name, Role role, String street) {
    return new DoudiUser(new Account(name, "x", role, street, name, null, true, 0, null), false);
  }

  @Test
  void streetAccountsAndLeadersGetForbidden() throws Exception {
    // given a street clerk and a leader
    // when they open the console or call its API
    // then both are refused
    mvc.perform(get("/sql").with(user(as("clerk", Role.STREET, "wanli"))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/sql").with(user(as("zhao", Role.LEADER, null))))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/sql/api/query")
                .with(user(as("clerk", Role.STREET, "wanli")))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sql\":\"SELECT 1\"}"))
        .andExpect(status().isForbidden());
    // and the clerk's attempts are in the audit log (they were not before)
    assertThat(
            jdbc.queryForList(
                "SELECT target FROM audit_log WHERE username = 'clerk' AND action = 'sql_query'"
                    + " AND outcome = 'refused' ORDER BY id",
                String.class))
        .containsExactly("GET /sql", "POST /sql/api/query");
  }

  @Test
  void plansAndJdbcPreparesAreLoggedWithTheirOutcome() throws Exception {
    // given an analyst in the console and the same analyst in a desktop tool
    mvc.perform(
            post("/sql/api/explain")
                .with(user(as("planner", Role.ANALYST, null)))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sql\":\"SELECT count(*) FROM street\"}"))
        .andExpect(status().isOk());
    String url =
        "jdbc:avatica:remote:url=http://localhost:" + endpoint.port() + ";serialization=PROTOBUF";
    Properties info = new Properties();
    info.setProperty("authentication", "BASIC");
    info.setProperty("avatica_user", "wang");
    info.setProperty("avatica_password", "Analyst2024x");
    // when the tool prepares a statement Calcite cannot translate (an AssertionError before)
    SQLException refused;
    try (Connection connection = DriverManager.getConnection(url, info)) {
      refused =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              SQLException.class,
              () ->
                  connection.prepareStatement(
                      "SELECT FLOOR(received_date TO QUARTER) q, count(*) FROM petition GROUP BY 1"));
    }
    // then the tool gets a refusal (not "Cannot fetch parser…"), the prepare is logged with its
    // Chinese reason, and the plan is logged too
    assertThat(refused.getMessage()).contains("while preparing SQL").doesNotContain("parser");
    assertThat(
            jdbc.queryForObject(
                "SELECT message FROM sql_query_log WHERE username = 'wang' AND purpose = 'prepare'",
                String.class))
        .startsWith("不支持按“季度”取整");
    assertThat(
            jdbc.queryForList(
                "SELECT purpose || ' ' || outcome FROM sql_query_log"
                    + " WHERE (username = 'planner' AND purpose = 'explain')"
                    + " OR (username = 'wang' AND purpose = 'prepare') ORDER BY id",
                String.class))
        .containsExactly("explain ok", "prepare refused");
  }

  @Test
  void analystSeesTheConsoleWithViewsColumnsDescriptionsAndExamples() throws Exception {
    // given an analyst
    // when the console is opened
    String page =
        mvc.perform(get("/sql").with(user(as("wang", Role.ANALYST, null))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    // then it lists the views with Chinese column descriptions, the examples and the editor assets
    assertThat(page)
        .contains("street_report", "petition", "district_month")
        .contains("统计期（YYYY-MM），数据所属月份")
        .contains("清退“人情保”人数(人)")
        .contains("问题线索处置率连续两个月下降的街镇")
        .contains("/webjars/codemirror/5.65.16/lib/codemirror.js", "/js/sqlconsole.js")
        .doesNotContain("petition_case", "personal_sealed");
    mvc.perform(get("/webjars/codemirror/5.65.16/mode/sql/sql.js")).andExpect(status().isOk());
  }

  @Test
  void queryReturnsRowsAndRefusalSaysWhyInChinese() throws Exception {
    // given an analyst
    DoudiUser wang = as("wang", Role.ANALYST, null);
    // when a query and a hostile statement are sent
    mvc.perform(
            post("/sql/api/query")
                .with(user(wang))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"sql\":\"SELECT street_name, renqing_removed FROM street_report"
                        + " WHERE street_name = '长寿路街道'\"}"))
        // then the rows come back as text
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.columns[0]").value("street_name"))
        .andExpect(jsonPath("$.rows[0][0]").value("长寿路街道"))
        .andExpect(jsonPath("$.rows[0][1]").value("1"))
        .andExpect(jsonPath("$.numeric[1]").value(true))
        .andExpect(jsonPath("$.capped").value(false));
    mvc.perform(
            post("/sql/api/query")
                .with(user(wang))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sql\":\"SELECT * FROM read_csv('/etc/passwd')\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("不支持函数 read_csv")));
    // and both are in the person's history
    mvc.perform(get("/sql/api/history").with(user(wang)))
        .andExpect(jsonPath("$[0].outcome").value("refused"))
        .andExpect(jsonPath("$[1].outcome").value("ok"))
        .andExpect(jsonPath("$[1].rowCount").value(1));
  }

  @Test
  void exportsDefuseFormulasAndKeepNumbers() throws Exception {
    // given a contact name that a spreadsheet would run as a formula
    DoudiUser wang = as("wang", Role.ANALYST, null);
    String sql =
        "SELECT street_code, contact_name, renqing_recovered_yuan FROM street_report"
            + " WHERE street_code IN ('wanli', 'changshoulu') ORDER BY street_code";
    // when the result is exported as .csv and .xlsx
    byte[] csv =
        mvc.perform(post("/sql/export.csv").with(user(wang)).with(csrf()).param("sql", sql))
            .andExpect(status().isOk())
            .andExpect(content().contentType("text/csv;charset=UTF-8"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    byte[] xlsx =
        mvc.perform(post("/sql/export.xlsx").with(user(wang)).with(csrf()).param("sql", sql))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    // then the formula is plain text with a leading quote, numbers stay numbers
    assertThat(new String(csv, StandardCharsets.UTF_8))
        .isEqualTo(
            "\uFEFFstreet_code,contact_name,renqing_recovered_yuan\r\n"
                + "changshoulu,李*,100.50\r\n"
                + "wanli,\"'=HYPERLINK(\"\"http://x\"\")\",100.50\r\n");
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheet("查询结果");
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue())
          .isEqualTo("'=HYPERLINK(\"http://x\")");
      assertThat(sheet.getRow(2).getCell(1).getCellType())
          .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
      assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(100.5);
    }
  }

  @Test
  void savedQueriesBelongToTheirOwner() throws Exception {
    // given two analysts
    DoudiUser wang = as("wang", Role.ANALYST, null);
    DoudiUser li = as("li", Role.ADMIN, null);
    // when one saves a query
    mvc.perform(
            post("/sql/api/saved")
                .with(user(wang))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"月度线索\",\"sql\":\"SELECT period FROM street_report\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].name").value("月度线索"));
    // then only that person sees it
    mvc.perform(get("/sql/api/saved").with(user(wang))).andExpect(jsonPath("$.length()").value(1));
    mvc.perform(get("/sql/api/saved").with(user(li))).andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void everyExampleQueryRuns() throws Exception {
    // given the console's examples
    DoudiUser wang = as("wang", Role.ANALYST, null);
    for (ExampleQueries.Example example : ExampleQueries.ALL) {
      // when each is run
      // then the gateway accepts it
      mvc.perform(
              post("/sql/api/query")
                  .with(user(wang))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      new tools.jackson.databind.ObjectMapper()
                          .writeValueAsString(java.util.Map.of("sql", example.sql()))))
          .andExpect(status().isOk());
    }
  }

  @Test
  void desktopToolConnectsThroughAvaticaAndRunsAQuery() throws Exception {
    // given the JDBC endpoint and an analyst's account
    String url =
        "jdbc:avatica:remote:url=http://localhost:" + endpoint.port() + ";serialization=PROTOBUF";
    Properties info = new Properties();
    info.setProperty("authentication", "BASIC");
    info.setProperty("avatica_user", "wang");
    info.setProperty("avatica_password", "Analyst2024x");
    // when an external JDBC client connects and queries
    List<String> rows = new ArrayList<>();
    List<String> views = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url, info);
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT street_name, renqing_recovered_yuan, period FROM street_report"
                    + " WHERE renqing_removed <= 2 ORDER BY street_name")) {
      while (rs.next()) {
        rows.add(rs.getString(1) + "|" + rs.getBigDecimal(2) + "|" + rs.getString("period"));
      }
      try (ResultSet tables = connection.getMetaData().getTables(null, "doudi", "%", null)) {
        while (tables.next()) {
          views.add(tables.getString("TABLE_NAME"));
        }
      }
    }
    // then it gets the rows, sees only the analysis views, and the query is audited as jdbc
    assertThat(rows).containsExactly("曹杨新村街道|100.50|2024-12", "长寿路街道|100.50|2024-12");
    assertThat(views)
        .contains("street_report", "petition")
        .doesNotContain("petition_case", "app_user");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM sql_query_log WHERE username = 'wang' AND channel = 'jdbc'"
                    + " AND outcome = 'ok'",
                Long.class))
        .isEqualTo(1L);
  }

  @Test
  void desktopToolIsRefusedForLeadersWrongPasswordsAndHostileSql() throws Exception {
    // given the JDBC endpoint
    String url =
        "jdbc:avatica:remote:url=http://localhost:" + endpoint.port() + ";serialization=PROTOBUF";
    // when a leader, a wrong password and a hostile statement try it
    // then each fails
    assertThat(connectFails(url, "zhao", "Leader2024x")).isTrue();
    assertThat(connectFails(url, "wang", "wrong-password-1")).isTrue();
    Properties info = new Properties();
    info.setProperty("authentication", "BASIC");
    info.setProperty("avatica_user", "wang");
    info.setProperty("avatica_password", "Analyst2024x");
    try (Connection connection = DriverManager.getConnection(url, info);
        Statement statement = connection.createStatement()) {
      SQLException refused =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              SQLException.class, () -> statement.executeQuery("SELECT * FROM petition_case"));
      assertThat(refused.getMessage()).contains("不能查询“petition_case”");
    }
  }

  private static boolean connectFails(String url, String user, String password) {
    Properties info = new Properties();
    info.setProperty("authentication", "BASIC");
    info.setProperty("avatica_user", user);
    info.setProperty("avatica_password", password);
    try (Connection connection = DriverManager.getConnection(url, info);
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT 1 FROM street")) {
      return !rs.next();
    } catch (SQLException | RuntimeException e) {
      return true;
    }
  }
}
