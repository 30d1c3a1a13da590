package org.doudi.dashboard.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.account.Role;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.dictionary.Street;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's account page: lists accounts and creates, disables, enables, unlocks and
 * resets them. Every change, done or refused, is in the audit log.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class AdminUsersController {

  /**
   * One account as the page lists it.
   *
   * @param account the account
   * @param roleLabel the role in Chinese
   * @param streetName the bound street's name, or null
   * @param locked whether a lock-out is in force now
   */
  record AccountRow(Account account, String roleLabel, String streetName, boolean locked) {}

  /**
   * What the admin typed into 新建账户, shown again when the account was refused (never the password).
   */
  record NewAccountForm(
      String username, String role, String street, String displayName, String email) {}

  private final AccountRepository accounts;
  private final AccountService service;
  private final StreetDictionary streets;
  private final AuditLog audit;
  private final Clock clock;

  AdminUsersController(
      AccountRepository accounts,
      AccountService service,
      StreetDictionary streets,
      AuditLog audit,
      Clock clock) {
    this.accounts = accounts;
    this.service = service;
    this.streets = streets;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping
  String list(Model model) {
    Map<String, String> streetNames =
        streets.all().stream().collect(Collectors.toMap(Street::code, Street::name));
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<AccountRow> rows =
        accounts.findAll().stream()
            .map(
                a ->
                    new AccountRow(
                        a,
                        a.role().label(),
                        a.streetCode() == null ? null : streetNames.get(a.streetCode()),
                        a.lockedAt(now)))
            .toList();
    model.addAttribute("rows", rows);
    model.addAttribute("roles", Role.values());
    model.addAttribute("streets", streets.all());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new NewAccountForm("", Role.STREET.key(), "", "", ""));
    }
    return "admin-users";
  }

  @PostMapping
  String create(
      Authentication who,
      @RequestParam String username,
      @RequestParam String role,
      @RequestParam(required = false) String street,
      @RequestParam(required = false) String displayName,
      @RequestParam(required = false) String email,
      @RequestParam String password,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute(
        "form", new NewAccountForm(username, role, street, displayName, email));
    return act(
        who,
        "user_created",
        username,
        redirect,
        actor -> {
          Role chosen = Role.byKey(role).orElseThrow(() -> new AccountRejectedException("请选择一个角色"));
          service.create(
              actor,
              username.strip(),
              chosen,
              chosen == Role.STREET ? blankToNull(street) : null,
              blankToNull(displayName),
              blankToNull(email),
              password);
          return "已创建账户 " + username.strip() + "（" + chosen.label() + "）；首次登录时须设置新密码";
        });
  }

  @PostMapping("/{username}/disable")
  String disable(Authentication who, @PathVariable String username, RedirectAttributes redirect) {
    return act(
        who,
        "user_disabled",
        username,
        redirect,
        actor -> {
          service.setEnabled(actor, username, false);
          return "已停用账户 " + username + "；该账户原有登录已失效";
        });
  }

  @PostMapping("/{username}/enable")
  String enable(Authentication who, @PathVariable String username, RedirectAttributes redirect) {
    return act(
        who,
        "user_enabled",
        username,
        redirect,
        actor -> {
          service.setEnabled(actor, username, true);
          return "已启用账户 " + username;
        });
  }

  @PostMapping("/{username}/unlock")
  String unlock(Authentication who, @PathVariable String username, RedirectAttributes redirect) {
    return act(
        who,
        "user_unlocked",
        username,
        redirect,
        actor -> {
          service.unlock(actor, username);
          return "已解锁账户 " + username;
        });
  }

  @PostMapping("/{username}/password")
  String resetPassword(
      Authentication who,
      @PathVariable String username,
      @RequestParam String password,
      RedirectAttributes redirect) {
    return act(
        who,
        "password_reset",
        username,
        redirect,
        actor -> {
          service.resetPassword(actor, username, password);
          return "已重置账户 " + username + " 的密码；该账户原有登录已失效，下次登录时须设置新密码";
        });
  }

  /**
   * Runs a change and reports it on the page; a refused change is audited here (the service audits
   * the ones it carries out).
   */
  private String act(
      Authentication who,
      String action,
      String target,
      RedirectAttributes redirect,
      Function<String, String> change) {
    String actor = who.getName();
    try {
      redirect.addFlashAttribute("ok", change.apply(actor));
      redirect.getFlashAttributes().remove("form");
    } catch (AccountRejectedException e) {
      audit.record(actor, action, target, e.getMessage(), AuditLog.Outcome.REFUSED);
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/admin/users";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
