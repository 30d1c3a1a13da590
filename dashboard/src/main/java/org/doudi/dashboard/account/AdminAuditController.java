package org.doudi.dashboard.account;

import org.doudi.warehouse.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Shows the newest entries of the audit log to administrators. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminAuditController {

  private static final int LIMIT = 500;

  private final AuditLog audit;

  AdminAuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/admin/audit")
  String audit(@RequestParam(required = false) String user, Model model) {
    model.addAttribute("entries", audit.recent(user, LIMIT));
    model.addAttribute("user", user);
    model.addAttribute("limit", LIMIT);
    return "admin-audit";
  }
}
