package org.doudi.dashboard.rectification;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.rectification.RectificationException;
import org.doudi.warehouse.rectification.RectificationWorkflow;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ledger's workflow from an item's page: a street clerk (or the work team) revises the plan,
 * reports the rectification with its evidence and asks for 销号; the work team accepts or returns it.
 * A step the item's state does not allow comes back as the workflow's Chinese message, another
 * street's item as 404; every attempt is audited.
 */
@Controller
@ConditionalOnWebApplication
class RectificationActionController {

  private final RectificationWorkflow workflow;
  private final ProblemListQuery query;
  private final LedgerAccess access;
  private final AuditLog audit;

  RectificationActionController(
      RectificationWorkflow workflow, ProblemListQuery query, LedgerAccess access, AuditLog audit) {
    this.workflow = workflow;
    this.query = query;
    this.access = access;
    this.audit = audit;
  }

  /** One step of the workflow, which may refuse with a Chinese message. */
  @FunctionalInterface
  private interface Step {
    void run() throws IOException;
  }

  @PostMapping("/rectification/{id:\\d+}/plan")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  String revise(
      @PathVariable long id,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String responsible,
      @RequestParam(required = false) String measures,
      @RequestParam(required = false) String dueDate,
      RedirectAttributes redirect) {
    return act(
        id,
        "rectification_revised",
        "已保存整改计划",
        redirect,
        () ->
            workflow.revise(
                access.access(),
                id,
                department,
                responsible,
                measures,
                date(dueDate),
                access.actor()));
  }

  @PostMapping("/rectification/{id:\\d+}/rectified")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  String rectified(
      @PathVariable long id,
      @RequestParam(required = false) String result,
      @RequestParam(required = false) MultipartFile evidence,
      RedirectAttributes redirect) {
    return act(
        id,
        "rectification_rectified",
        "已标记为已整改",
        redirect,
        () -> {
          boolean hasFile = evidence != null && !evidence.isEmpty();
          if (!hasFile && query.item(access.access(), id).orElseThrow().evidenceFiles() == 0) {
            throw new RectificationException("请上传佐证材料（PDF、图片或 Word 文档）");
          }
          workflow.rectified(
              access.access(),
              id,
              result,
              hasFile ? fileName(evidence) : null,
              hasFile ? evidence.getBytes() : null,
              access.actor());
        });
  }

  @PostMapping("/rectification/{id:\\d+}/evidence")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  String evidence(
      @PathVariable long id,
      @RequestParam(required = false) MultipartFile evidence,
      RedirectAttributes redirect) {
    return act(
        id,
        "rectification_evidence",
        "已上传佐证材料",
        redirect,
        () -> {
          if (evidence == null || evidence.isEmpty()) {
            throw new RectificationException("请选择佐证材料文件（PDF、图片或 Word 文档）");
          }
          workflow.attachEvidence(
              access.access(), id, fileName(evidence), evidence.getBytes(), access.actor());
        });
  }

  @PostMapping("/rectification/{id:\\d+}/closure")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  String requestClosure(@PathVariable long id, RedirectAttributes redirect) {
    return act(
        id,
        "rectification_closure_requested",
        "已申请销号，等待区工作专班审核",
        redirect,
        () -> workflow.requestClosure(access.access(), id, access.actor()));
  }

  @PostMapping("/rectification/{id:\\d+}/accept")
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  String accept(@PathVariable long id, RedirectAttributes redirect) {
    return act(
        id,
        "rectification_accepted",
        "销号审核通过",
        redirect,
        () -> workflow.accept(access.access(), id, access.actor()));
  }

  @PostMapping("/rectification/{id:\\d+}/return")
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  String returnClosure(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    return act(
        id,
        "rectification_returned",
        "已退回销号申请",
        redirect,
        () -> workflow.returnClosure(access.access(), id, reason, access.actor()));
  }

  private String act(long id, String action, String done, RedirectAttributes redirect, Step step) {
    if (query.item(access.access(), id).isEmpty()) {
      audit.record(access.actor(), action, "问题 " + id, "不在本账户范围内", AuditLog.Outcome.REFUSED);
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "问题清单中没有编号为 " + id + " 的问题");
    }
    try {
      step.run();
      audit.record(access.actor(), action, "问题 " + id, null, AuditLog.Outcome.OK);
      redirect.addFlashAttribute("notice", done);
    } catch (RectificationException e) {
      audit.record(access.actor(), action, "问题 " + id, e.getMessage(), AuditLog.Outcome.REFUSED);
      redirect.addFlashAttribute("error", e.getMessage());
    } catch (IOException e) {
      audit.record(access.actor(), action, "问题 " + id, e.getMessage(), AuditLog.Outcome.FAILED);
      redirect.addFlashAttribute("error", "文件未能读取，请重新上传");
    }
    return "redirect:/rectification/" + id;
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

  private static String fileName(MultipartFile file) {
    String name = file.getOriginalFilename();
    if (name == null || name.isBlank()) {
      return "佐证材料";
    }
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }
}
