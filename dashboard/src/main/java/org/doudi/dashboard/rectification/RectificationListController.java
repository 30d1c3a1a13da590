package org.doudi.dashboard.rectification;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.dashboard.rectification.ProblemListQuery.Filter;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.dashboard.web.Paging;
import org.doudi.warehouse.audit.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The problem list ({@code /rectification}), its JSON and the ledger export: a street clerk reads
 * the own street only (in SQL), the work team, administrators and leaders every street.
 */
@Controller
@ConditionalOnWebApplication
class RectificationListController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ProblemListQuery query;
  private final LedgerAccess access;
  private final StreetScope streets;
  private final AuditLog audit;

  RectificationListController(
      ProblemListQuery query, LedgerAccess access, StreetScope streets, AuditLog audit) {
    this.query = query;
    this.access = access;
    this.streets = streets;
    this.audit = audit;
  }

  @GetMapping("/rectification")
  String list(
      @RequestParam(required = false) String street,
      @RequestParam(required = false) String state,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    Filter filter = new Filter(access.street(street), state, overdue, kind, q);
    Paging paging =
        Paging.of(request, page, query.count(access.access(), filter), Paging.DEFAULT_SIZE);
    model.addAttribute(
        "items", query.page(access.access(), filter, paging.size(), paging.offset()));
    model.addAttribute("paging", paging);
    model.addAttribute("filter", filter);
    model.addAttribute("streets", streets.visibleStreets());
    model.addAttribute("streetBound", access.street());
    model.addAttribute("states", RectificationLabels.STATES);
    model.addAttribute("kinds", RectificationLabels.SOURCE_KINDS);
    model.addAttribute("canCreate", access.works());
    return "rectification/list";
  }

  @GetMapping("/api/rectification")
  @ResponseBody
  Map<String, Object> json(
      @RequestParam(required = false) String street,
      @RequestParam(required = false) String state,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "50") int size) {
    Filter filter = new Filter(access.street(street), state, overdue, kind, q);
    int rows = Math.max(1, Math.min(size, 500));
    int p = Math.max(1, page);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("total", query.count(access.access(), filter));
    answer.put("page", p);
    answer.put("size", rows);
    answer.put("items", query.page(access.access(), filter, rows, (long) (p - 1) * rows));
    return answer;
  }

  @GetMapping("/rectification/ledger.xlsx")
  ResponseEntity<byte[]> export(@RequestParam(required = false) String street) {
    String wanted = access.street(street);
    List<ProblemRow> rows = query.ledger(access.access(), wanted);
    byte[] xlsx = LedgerWorkbook.write(rows);
    String scopeName = wanted == null ? "全区" : rows.isEmpty() ? wanted : rows.get(0).streetName();
    audit.record(
        access.actor(),
        "rectification_exported",
        scopeName,
        rows.size() + " 条",
        AuditLog.Outcome.OK);
    String name = "整改台账-" + scopeName + "-" + LocalDate.now() + ".xlsx";
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(xlsx);
  }
}
