package org.doudi.dashboard.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.doudi.dashboard.security.CurrentSession;
import org.doudi.dashboard.security.LoginGuard;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.account.PasswordPolicy;
import org.doudi.warehouse.audit.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 修改密码: everyone changes their own password here, and an account the admin created or reset is sent
 * here at its first login until it has chosen one, so that the admin knows no password.
 */
@Controller
@ConditionalOnWebApplication
class OwnPasswordController {

  private final AccountRepository accounts;
  private final AccountService service;
  private final LoginGuard guard;
  private final AuditLog audit;

  OwnPasswordController(
      AccountRepository accounts, AccountService service, LoginGuard guard, AuditLog audit) {
    this.accounts = accounts;
    this.service = service;
    this.guard = guard;
    this.audit = audit;
  }

  @GetMapping("/account/password")
  String form(Principal principal, Model model) {
    Account account = accounts.find(principal.getName()).orElseThrow();
    model.addAttribute("mustChange", account.mustChangePassword());
    model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
    return "account-password";
  }

  @PostMapping("/account/password")
  String change(
      Principal principal,
      @RequestParam(defaultValue = "") String current,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String repeat,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    String username = principal.getName();
    if (guard.attempt(username, current, LoginGuard.Channel.PASSWORD_CHANGE).isEmpty()) {
      redirect.addFlashAttribute("error", "原密码不正确（连续输错多次后账户会暂时锁定）");
      return "redirect:/account/password";
    }
    Account account = accounts.find(username).orElseThrow();
    try {
      Account changed = service.changeOwnPassword(account, current, password, repeat);
      CurrentSession.renew(changed, request, response);
      redirect.addFlashAttribute("ok", "密码已修改。其他设备上的登录已失效，需用新密码重新登录。");
    } catch (AccountRejectedException e) {
      audit.record(
          username, "password_changed", username, e.getMessage(), AuditLog.Outcome.REFUSED);
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/account/password";
  }
}
