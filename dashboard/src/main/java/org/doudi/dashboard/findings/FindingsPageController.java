package org.doudi.dashboard.findings;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.doudi.dashboard.cache.AnswerCache;
import org.doudi.dashboard.charts.ChartPeriods;
import org.doudi.dashboard.charts.PeriodRange;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.dashboard.web.Paging;
import org.doudi.warehouse.account.Role;
import org.doudi.warehouse.dictionary.Period;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The findings page and its exports. A street account sees its own street's findings only; the work
 * team (analyst, admin) gets the workflow's actions, which post to {@code /api/findings/...}. The
 * page's count and rows are kept per filter (the street scope included), page and data version
 * ({@link AnswerCache}); every workflow action moves the version, so nobody sees a stale status.
 */
@Controller
@ConditionalOnWebApplication
class FindingsPageController {

  static final int PAGE_SIZE = 50;
  static final int EXPORT_LIMIT = 100_000;

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final FindingsPageQuery findings;
  private final StreetScope scope;
  private final ChartPeriods campaign;
  private final AnswerCache cache;

  FindingsPageController(
      FindingsPageQuery findings, StreetScope scope, ChartPeriods campaign, AnswerCache cache) {
    this.findings = findings;
    this.scope = scope;
    this.campaign = campaign;
    this.cache = cache;
  }

  @GetMapping("/findings")
  String page(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String street,
      @RequestParam(required = false) String rule,
      @RequestParam(required = false) String severity,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    FindingFilter filter = filter(period, street, rule, severity, status);
    long total = cache.answer("findings.count", () -> findings.count(filter), filter);
    Paging paging = Paging.of(request, page, total, PAGE_SIZE);
    model.addAttribute(
        "rows",
        cache.answer(
            "findings.rows",
            () -> findings.find(filter, paging.size(), paging.offset()),
            filter,
            paging.size(),
            paging.offset()));
    model.addAttribute("paging", paging);
    List<Period> periods = new java.util.ArrayList<>(campaign.periods(scope.effectiveStreet(null)));
    java.util.Collections.reverse(periods);
    model.addAttribute("periods", periods);
    model.addAttribute("streets", scope.visibleStreets());
    model.addAttribute("rules", FindingLabels.RULES);
    model.addAttribute("severities", FindingLabels.SEVERITIES);
    model.addAttribute("statuses", FindingLabels.STATUSES);
    model.addAttribute("selPeriod", blank(period));
    model.addAttribute("selStreet", filter.street());
    model.addAttribute("selRule", blank(rule));
    model.addAttribute("selSeverity", blank(severity));
    model.addAttribute("selStatus", blank(status));
    model.addAttribute("streetBound", scope.boundStreet().isPresent());
    model.addAttribute(
        "canAct",
        scope
            .currentUser()
            .map(u -> u.role() == Role.ANALYST || u.role() == Role.ADMIN)
            .orElse(false));
    return "findings";
  }

  @GetMapping("/findings/export.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String street,
      @RequestParam(required = false) String rule,
      @RequestParam(required = false) String severity,
      @RequestParam(required = false) String status) {
    List<FindingRow> rows =
        findings.find(filter(period, street, rule, severity, status), EXPORT_LIMIT);
    return download(
        FindingsExport.csv(rows), "核查发现.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
  }

  @GetMapping("/findings/export.xlsx")
  ResponseEntity<byte[]> xlsx(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String street,
      @RequestParam(required = false) String rule,
      @RequestParam(required = false) String severity,
      @RequestParam(required = false) String status) {
    List<FindingRow> rows =
        findings.find(filter(period, street, rule, severity, status), EXPORT_LIMIT);
    return download(FindingsExport.xlsx(rows), "核查发现.xlsx", XLSX);
  }

  private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(body);
  }

  private FindingFilter filter(
      String period, String street, String rule, String severity, String status) {
    String effective = scope.requestedStreet(blank(street));
    String from = null;
    String to = null;
    String p = blank(period);
    if (p != null && !PeriodRange.CAMPAIGN.equals(p)) {
      Period month =
          Period.parse(p)
              .orElseThrow(
                  () -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "统计期应写作 2024-12"));
      from = month.toString();
      to = month.toString();
    }
    return new FindingFilter(from, to, effective, blank(rule), blank(severity), blank(status));
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
