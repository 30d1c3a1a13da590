package org.doudi.dashboard.sqlconsole;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.doudi.dashboard.security.DoudiUser;
import org.doudi.warehouse.gateway.AnalysisCatalog;
import org.doudi.warehouse.gateway.Channel;
import org.doudi.warehouse.gateway.QueryRefusedException;
import org.doudi.warehouse.gateway.QueryResult;
import org.doudi.warehouse.gateway.SqlGateway;
import org.doudi.warehouse.gateway.SqlQueryLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The SQL console at /sql for the work team and administrators: street accounts and the leading
 * group get 403 (leaders read aggregates on the dashboard; ad-hoc SQL over case-level data is the
 * work team's tool).
 */
@Controller
@ConditionalOnWebApplication
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
class SqlConsoleController {

  private static final int HISTORY = 50;
  private static final DateTimeFormatter FILE_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final SqlGateway gateway;
  private final SqlQueryLog queryLog;
  private final SavedQueries saved;

  SqlConsoleController(SqlGateway gateway, SqlQueryLog queryLog, SavedQueries saved) {
    this.gateway = gateway;
    this.queryLog = queryLog;
    this.saved = saved;
  }

  /** A query sent by the console's script. */
  record QueryRequest(String sql) {}

  /** A query to keep under a name. */
  record SaveRequest(String name, String sql) {}

  /** The result as the console's grid shows it: values already as text. */
  record GridResult(
      List<String> columns,
      List<Boolean> numeric,
      List<List<String>> rows,
      boolean capped,
      String note,
      long elapsedMillis) {}

  @GetMapping("/sql")
  String page(@AuthenticationPrincipal DoudiUser user, Model model) {
    model.addAttribute("catalog", gateway.catalog());
    model.addAttribute("examples", ExampleQueries.ALL);
    model.addAttribute("timeoutSeconds", gateway.settings().timeout().toSeconds());
    model.addAttribute("maxRows", gateway.settings().maxRows());
    return "sqlconsole";
  }

  @GetMapping("/sql/api/schema")
  @ResponseBody
  AnalysisCatalog schema() {
    return gateway.catalog();
  }

  @PostMapping("/sql/api/query")
  @ResponseBody
  ResponseEntity<?> query(
      @AuthenticationPrincipal DoudiUser user, @RequestBody QueryRequest request) {
    try {
      QueryResult result = gateway.query(user.getUsername(), Channel.CONSOLE, request.sql());
      return ResponseEntity.ok(grid(result));
    } catch (QueryRefusedException e) {
      return ResponseEntity.unprocessableContent().body(Map.of("error", e.getMessage()));
    }
  }

  @PostMapping("/sql/api/explain")
  @ResponseBody
  ResponseEntity<?> explain(
      @AuthenticationPrincipal DoudiUser user, @RequestBody QueryRequest request) {
    try {
      return ResponseEntity.ok(
          Map.of("plan", gateway.explain(user.getUsername(), Channel.CONSOLE, request.sql())));
    } catch (QueryRefusedException e) {
      return ResponseEntity.unprocessableContent().body(Map.of("error", e.getMessage()));
    }
  }

  @GetMapping("/sql/api/history")
  @ResponseBody
  List<SqlQueryLog.Entry> history(@AuthenticationPrincipal DoudiUser user) {
    return queryLog.history(user.getUsername(), HISTORY);
  }

  @GetMapping("/sql/api/saved")
  @ResponseBody
  List<SavedQueries.SavedQuery> savedQueries(@AuthenticationPrincipal DoudiUser user) {
    return saved.of(user.getUsername());
  }

  @PostMapping("/sql/api/saved")
  @ResponseBody
  ResponseEntity<?> save(
      @AuthenticationPrincipal DoudiUser user, @RequestBody SaveRequest request) {
    String name = request.name() == null ? "" : request.name().strip();
    if (name.isEmpty() || name.length() > 100) {
      return ResponseEntity.badRequest().body(Map.of("error", "请给查询起一个名称（不超过 100 个字）。"));
    }
    if (request.sql() == null || request.sql().isBlank()) {
      return ResponseEntity.badRequest().body(Map.of("error", "查询内容为空，无法保存。"));
    }
    saved.save(user.getUsername(), name, request.sql());
    return ResponseEntity.ok(saved.of(user.getUsername()));
  }

  @DeleteMapping("/sql/api/saved/{id}")
  @ResponseBody
  ResponseEntity<?> delete(@AuthenticationPrincipal DoudiUser user, @PathVariable long id) {
    if (!saved.delete(user.getUsername(), id)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "没有这条保存的查询。"));
    }
    return ResponseEntity.ok(saved.of(user.getUsername()));
  }

  @PostMapping("/sql/export.csv")
  void exportCsv(
      @AuthenticationPrincipal DoudiUser user,
      @RequestParam String sql,
      HttpServletResponse response)
      throws IOException {
    QueryResult result = runForExport(user, sql, response);
    if (result == null) {
      return;
    }
    response.setContentType("text/csv;charset=UTF-8");
    attachment(response, "csv");
    try (OutputStream out = response.getOutputStream()) {
      ResultExport.csv(result, out);
    }
  }

  @PostMapping("/sql/export.xlsx")
  void exportXlsx(
      @AuthenticationPrincipal DoudiUser user,
      @RequestParam String sql,
      HttpServletResponse response)
      throws IOException {
    QueryResult result = runForExport(user, sql, response);
    if (result == null) {
      return;
    }
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    attachment(response, "xlsx");
    try (OutputStream out = response.getOutputStream()) {
      ResultExport.xlsx(result, sql, out);
    }
  }

  private QueryResult runForExport(DoudiUser user, String sql, HttpServletResponse response)
      throws IOException {
    try {
      return gateway.query(user.getUsername(), Channel.CONSOLE, sql);
    } catch (QueryRefusedException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      response.setContentType("text/plain;charset=UTF-8");
      response.getOutputStream().write(("无法导出：" + e.getMessage()).getBytes(StandardCharsets.UTF_8));
      return null;
    }
  }

  private static void attachment(HttpServletResponse response, String extension) {
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"doudi-query-"
            + LocalDateTime.now().format(FILE_STAMP)
            + "."
            + extension
            + "\"");
  }

  private static GridResult grid(QueryResult result) {
    List<String> columns = result.columns().stream().map(c -> c.name()).toList();
    List<Boolean> numeric =
        result.columns().stream().map(c -> ResultExport.isNumeric(c.jdbcType())).toList();
    List<List<String>> rows =
        result.rows().stream().map(row -> Arrays.stream(row).map(Cells::text).toList()).toList();
    return new GridResult(
        columns, numeric, rows, result.capped(), result.capNote(), result.elapsedMillis());
  }
}
