package org.doudi.dashboard.sqlconsole;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.doudi.warehouse.audit.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Audits every refused visit to the SQL console (a street clerk or a leader on /sql), then lets the
 * refusal go on unchanged to the product's 403 page. An advice rather than a handler inside the
 * controller: the controller's own methods are behind its role check, this one must not be.
 */
@ControllerAdvice(assignableTypes = SqlConsoleController.class)
@ConditionalOnWebApplication
class SqlConsoleAccessAudit {

  private final AuditLog audit;

  SqlConsoleAccessAudit(AuditLog audit) {
    this.audit = audit;
  }

  @ExceptionHandler(AccessDeniedException.class)
  void denied(AccessDeniedException e, Principal principal, HttpServletRequest request)
      throws AccessDeniedException {
    audit.record(
        principal == null ? "anonymous" : principal.getName(),
        "sql_query",
        request.getMethod() + " " + request.getRequestURI(),
        "无权使用自助查询（仅工作专班和管理员可用）",
        AuditLog.Outcome.REFUSED);
    throw e;
  }
}
