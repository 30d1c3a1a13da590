package org.doudi.dashboard.campaign;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.dashboard.security.DoudiUser;
import org.doudi.dashboard.security.PersonalDataLimit;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.dashboard.web.Paging;
import org.doudi.warehouse.Page;
import org.doudi.warehouse.account.Role;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.SourceColumn;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.registry.RegisterFilter;
import org.doudi.warehouse.registry.RegisterPersonalData;
import org.doudi.warehouse.registry.RegisterQueries;
import org.doudi.warehouse.registry.RegisterRow;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register pages (/campaign/registers/relatives, /custody): the work team and a street's clerk
 * list, filter, add and edit rows (the clerk only the street's own, in SQL); leaders see counts per
 * street and month, never rows; the work team may open one row's sealed names and ID numbers
 * through the audited 查看个人信息, with a reason and an hourly limit.
 */
@Controller
@ConditionalOnWebApplication
class RegisterController {

  private final RegisterQueries queries;
  private final RegisterEntries entries;
  private final RegisterPersonalData personal;
  private final PersonalDataLimit limit;
  private final AuditLog audit;
  private final StreetScope scope;

  RegisterController(
      RegisterQueries queries,
      RegisterEntries entries,
      RegisterPersonalData personal,
      PersonalDataLimit limit,
      AuditLog audit,
      StreetScope scope) {
    this.queries = queries;
    this.entries = entries;
    this.personal = personal;
    this.limit = limit;
    this.audit = audit;
    this.scope = scope;
  }

  @GetMapping("/campaign/registers/{path}")
  String list(
      @PathVariable String path,
      @RequestParam(required = false) String street,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String flag,
      @RequestParam(required = false) String filed,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    Register register = register(path);
    model.addAttribute("register", register);
    if (leader()) {
      model.addAttribute(
          "counts",
          RegisterCounts.of(
              register == Register.RELATIVES
                  ? queries.relativeFilingsByMonth(StreetAccess.all())
                  : queries.custodyCasesByMonth(StreetAccess.all()),
              scope.visibleStreets()));
      return "campaign/register-counts";
    }
    String listed = scope.requestedStreet(blankToNull(street));
    StreetAccess access = listed == null ? StreetAccess.all() : StreetAccess.of(listed);
    Period month = Period.parse(blankToNull(period)).orElse(null);
    RegisterFilter filter =
        new RegisterFilter(
            month,
            kind != null && register.kinds().contains(kind) ? kind : null,
            flag != null && List.of("yes", "no", "blank").contains(flag) ? flag : null,
            "yes".equals(filed) ? Boolean.TRUE : "no".equals(filed) ? Boolean.FALSE : null);
    Page<RegisterRow> total = rows(register, access, filter, 0, 0);
    Paging paging = Paging.of(request, page, total.total(), Paging.DEFAULT_SIZE);
    model.addAttribute(
        "rows", rows(register, access, filter, paging.size(), paging.offset()).rows());
    model.addAttribute("paging", paging);
    model.addAttribute("streets", scope.visibleStreets());
    model.addAttribute("ownStreet", scope.boundStreet().orElse(null));
    model.addAttribute("selStreet", listed);
    model.addAttribute("selPeriod", month == null ? null : month.toString());
    model.addAttribute("selKind", filter.kind());
    model.addAttribute("selFlag", filter.flag());
    model.addAttribute("selFiled", filed);
    model.addAttribute("periods", periods());
    return "campaign/register";
  }

  @GetMapping("/campaign/registers/{path}/new")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  String blank(@PathVariable String path, Model model) {
    Register register = register(path);
    Map<String, String> values = new HashMap<>();
    scope
        .boundStreet()
        .flatMap(
            code -> scope.visibleStreets().stream().filter(s -> s.code().equals(code)).findFirst())
        .ifPresent(s -> values.put("street", s.name()));
    return form(register, null, values, Map.of(), Map.of(), model);
  }

  @PostMapping("/campaign/registers/{path}/new")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  String add(
      @PathVariable String path,
      @RequestParam Map<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    return save(register(path), null, values, Map.of(), model, redirect);
  }

  @GetMapping("/campaign/registers/{path}/{id}")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  String edit(@PathVariable String path, @PathVariable long id, Model model) {
    Register register = register(path);
    Map<String, String> stored = stored(register, id);
    Map<String, String> values = new HashMap<>(stored);
    register.personalFields().forEach(values::remove);
    return form(register, id, values, stored, Map.of(), model);
  }

  @PostMapping("/campaign/registers/{path}/{id}")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  String change(
      @PathVariable String path,
      @PathVariable long id,
      @RequestParam Map<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    Register register = register(path);
    return save(register, id, values, stored(register, id), model, redirect);
  }

  @PostMapping("/campaign/registers/{path}/{id}/personal-data")
  @PreAuthorize("hasRole('ANALYST')")
  String reveal(
      @PathVariable String path,
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    Register register = register(path);
    String user = scope.currentUser().orElseThrow().getUsername();
    String target = register.source().title() + " 第" + id + "号";
    try {
      String because = limit.check(user, target, reason);
      List<String> people =
          personal
              .reveal(StreetAccess.all(), register.source(), id)
              .orElseThrow(() -> new IllegalStateException("本行没有保存个人信息原文（本实例只保存脱敏信息）"));
      audit.record(user, PersonalDataLimit.ACTION, target, "事由：" + because, AuditLog.Outcome.OK);
      redirect.addFlashAttribute("personal", people);
    } catch (IllegalStateException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/campaign/registers/" + register.path() + "/" + id;
  }

  private String save(
      Register register,
      Long id,
      Map<String, String> submitted,
      Map<String, String> stored,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> values = new HashMap<>();
    for (SourceColumn column : register.source().columns()) {
      values.put(column.field(), blankToNull(submitted.get(column.field())));
    }
    DoudiUser user = scope.currentUser().orElseThrow();
    RegisterEntries.Saved saved =
        entries.save(
            register, StreetAccess.bound(scope.boundStreet()), id, values, user.getUsername());
    if (!saved.ok()) {
      register.personalFields().forEach(values::remove);
      return form(register, id, values, stored, saved.errors(), model);
    }
    redirect.addFlashAttribute(
        "notice",
        (id == null ? "已新增一条" : "已保存修改：")
            + register.title()
            + "登记"
            + (saved.written().added() > 0 && id == null ? "" : "")
            + "。核查发现正在重新计算。");
    return "redirect:/campaign/registers/" + register.path();
  }

  private String form(
      Register register,
      Long id,
      Map<String, String> values,
      Map<String, String> stored,
      Map<String, List<String>> errors,
      Model model) {
    model.addAttribute("register", register);
    model.addAttribute("id", id);
    model.addAttribute("columns", register.source().columns());
    model.addAttribute("values", values);
    model.addAttribute("stored", stored);
    model.addAttribute("errors", errors);
    model.addAttribute("streets", scope.visibleStreets());
    model.addAttribute("ownStreet", scope.boundStreet().orElse(null));
    model.addAttribute("personalAvailable", personal.available());
    return "campaign/register-form";
  }

  /** Returns the row's stored fields, 404 when it is not in the account's street scope. */
  private Map<String, String> stored(Register register, long id) {
    return queries
        .formValues(StreetAccess.bound(scope.boundStreet()), register.source(), id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这一行登记"));
  }

  private Page<RegisterRow> rows(
      Register register, StreetAccess access, RegisterFilter filter, int size, long offset) {
    return register == Register.RELATIVES
        ? queries.relativesMatching(access, filter, size, offset)
        : queries.custodyMatching(access, filter, size, offset);
  }

  /** Returns the months a list may be narrowed to: the campaign's, to the current one. */
  private static List<String> periods() {
    List<String> months = new java.util.ArrayList<>();
    Period p = Period.of(java.time.LocalDate.now());
    Period first = Period.of(2024, 1);
    while (!p.equals(first) && months.size() < 36) {
      months.add(p.toString());
      p = Period.of(java.time.LocalDate.parse(p + "-01").minusMonths(1));
    }
    return months;
  }

  private boolean leader() {
    return scope.currentUser().map(u -> u.role() == Role.LEADER).orElse(false);
  }

  private static Register register(String path) {
    return Register.of(path)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这种登记表"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
