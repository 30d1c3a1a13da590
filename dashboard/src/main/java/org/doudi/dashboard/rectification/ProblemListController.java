package org.doudi.dashboard.rectification;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.rectification.NewItem;
import org.doudi.warehouse.rectification.ProblemList;
import org.doudi.warehouse.rectification.RectificationException;
import org.doudi.warehouse.rectification.RectificationItem;
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
 * Puts problems on the list: by hand ({@code /rectification/new}; the work team for any street or
 * the district, a clerk for the own street; a clue by its reference), and in one click from a
 * finding's or a real-name complaint's page. A source already on the list leads to its item instead
 * of making a second one.
 */
@Controller
@ConditionalOnWebApplication
class ProblemListController {

  /** The 问题来源 of the ledger. */
  static final List<String> SOURCES = List.of("核查发现", "信访举报", "自查自纠", "上级交办");

  private final ProblemList problems;
  private final ProblemSources sources;
  private final LedgerAccess access;
  private final StreetScope streets;
  private final AuditLog audit;

  ProblemListController(
      ProblemList problems,
      ProblemSources sources,
      LedgerAccess access,
      StreetScope streets,
      AuditLog audit) {
    this.problems = problems;
    this.sources = sources;
    this.access = access;
    this.streets = streets;
    this.audit = audit;
  }

  @GetMapping("/rectification/new")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  String form(Model model) {
    model.addAttribute("streets", streets.visibleStreets());
    model.addAttribute("streetBound", access.street());
    model.addAttribute("sources", SOURCES);
    return "rectification/new";
  }

  @PostMapping("/rectification")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  String create(
      @RequestParam(required = false) String street,
      @RequestParam(required = false) String source,
      @RequestParam(required = false) String problemType,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String responsible,
      @RequestParam(required = false) String measures,
      @RequestParam(required = false) String dueDate,
      @RequestParam(required = false) String clue,
      RedirectAttributes redirect) {
    String streetCode =
        access.street()
            ? streets.boundStreet().orElseThrow()
            : "district".equals(street) ? null : street;
    try {
      NewItem item =
          new NewItem(
              blank(streetCode),
              source != null && SOURCES.contains(source) ? source : null,
              blank(problemType),
              blank(description),
              blank(department),
              blank(responsible),
              blank(measures),
              date(dueDate));
      long id =
          clue == null || clue.isBlank()
              ? problems.create(access.access(), item, access.actor())
              : problems.createFromClue(access.access(), clue, item, access.actor());
      return created(id, "手工录入", redirect);
    } catch (RectificationException e) {
      audit.record(
          access.actor(),
          "rectification_created",
          streetCode,
          e.getMessage(),
          AuditLog.Outcome.REFUSED);
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:/rectification/new";
    }
  }

  @PostMapping("/findings/{id:\\d+}/rectification")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  String fromFinding(@PathVariable long id, RedirectAttributes redirect) {
    ProblemSources.Source finding =
        sources
            .finding(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这条核查发现"));
    RectificationItem already = sources.forFinding(id);
    if (already != null) {
      redirect.addFlashAttribute("notice", "该核查发现已列入问题清单，不再重复添加");
      return "redirect:/rectification/" + already.itemNo();
    }
    NewItem item =
        new NewItem(
            finding.streetCode(), null, finding.problemType(), null, null, null, null, null);
    return create(
        "核查发现 " + id,
        redirect,
        () -> problems.createFromFinding(access.access(), id, item, access.actor()),
        "/findings/" + id);
  }

  @PostMapping("/petitions/ledger/{caseNo}/rectification")
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  String fromComplaint(@PathVariable String caseNo, RedirectAttributes redirect) {
    ProblemSources.Source complaint =
        sources
            .complaint(caseNo)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这件实名投诉举报"));
    RectificationItem already = sources.forComplaint(caseNo);
    if (already != null) {
      redirect.addFlashAttribute("notice", "该实名投诉举报已列入问题清单，不再重复添加");
      return "redirect:/rectification/" + already.itemNo();
    }
    NewItem item =
        new NewItem(
            complaint.streetCode(),
            null,
            complaint.problemType(),
            complaint.description(),
            null,
            null,
            null,
            null);
    return create(
        "实名投诉举报 " + caseNo,
        redirect,
        () -> problems.createFromComplaint(access.access(), caseNo, item, access.actor()),
        "/petitions/ledger/" + caseNo);
  }

  /** Creates an item from a source; returns where to go next. */
  private String create(String what, RedirectAttributes redirect, Creation creation, String back) {
    try {
      return created(creation.create(), what, redirect);
    } catch (RectificationException e) {
      audit.record(
          access.actor(), "rectification_created", what, e.getMessage(), AuditLog.Outcome.REFUSED);
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:" + back;
    }
  }

  /** A creation that may be refused with a Chinese message. */
  @FunctionalInterface
  private interface Creation {
    long create();
  }

  private String created(long id, String what, RedirectAttributes redirect) {
    audit.record(access.actor(), "rectification_created", "问题 " + id, what, AuditLog.Outcome.OK);
    redirect.addFlashAttribute("notice", "已列入问题清单");
    return "redirect:/rectification/" + id;
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new RectificationException("整改时限“" + text.strip() + "”不是日期，请写作 2024-12-31");
    }
  }
}
