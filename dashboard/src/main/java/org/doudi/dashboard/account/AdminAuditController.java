package org.doudi.dashboard.account;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.doudi.dashboard.web.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Shows the audit log to administrators, newest first, a page at a time with its total. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminAuditController {

  private final AuditLogQuery audit;

  AdminAuditController(AuditLogQuery audit) {
    this.audit = audit;
  }

  @GetMapping("/admin/audit")
  String audit(
      @RequestParam(required = false) String user,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String day,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    AuditLogQuery.Filter filter =
        new AuditLogQuery.Filter(blank(user), blank(action), blank(outcome), date(day));
    Paging paging = Paging.of(request, page, audit.count(filter), Paging.DEFAULT_SIZE);
    model.addAttribute("entries", audit.page(filter, paging.size(), paging.offset()));
    model.addAttribute("paging", paging);
    model.addAttribute("actions", audit.actions());
    model.addAttribute("user", filter.user());
    model.addAttribute("action", filter.action());
    model.addAttribute("outcome", filter.outcome());
    model.addAttribute("day", filter.day());
    return "admin-audit";
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Returns the day as 2026-12-06, or null when blank or not a date. */
  private static String date(String value) {
    String v = blank(value);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v).toString();
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
