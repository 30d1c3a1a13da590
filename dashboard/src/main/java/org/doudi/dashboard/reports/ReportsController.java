package org.doudi.dashboard.reports;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doudi.dashboard.charts.PeriodChoice;
import org.doudi.dashboard.security.DoudiUser;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.dashboard.web.Paging;
import org.doudi.reports.delivery.MailDelivery;
import org.doudi.reports.delivery.Outbox;
import org.doudi.reports.district.DistrictReports;
import org.doudi.reports.district.ReportScope;
import org.doudi.reports.internal.ReportFormat;
import org.doudi.reports.streetform.StreetFormReports;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.dictionary.Period;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The reports page: the district report as PDF or .xlsx for a chosen period (leaders, work team,
 * administrators), a street's own form as PDF (street accounts see only theirs), and the delivery
 * page with the outbox's state and the mail server's answers.
 */
@Controller
@ConditionalOnWebApplication
class ReportsController {

  private final DistrictReports districtReports;
  private final StreetFormReports streetForms;
  private final Outbox outbox;
  private final MailDelivery delivery;
  private final StreetScope scope;
  private final AuditLog audit;

  ReportsController(
      DistrictReports districtReports,
      StreetFormReports streetForms,
      Outbox outbox,
      MailDelivery delivery,
      StreetScope scope,
      AuditLog audit) {
    this.districtReports = districtReports;
    this.streetForms = streetForms;
    this.outbox = outbox;
    this.delivery = delivery;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping("/reports")
  String page(Model model) {
    List<Period> periods = districtReports.periods();
    Optional<Period> opensOn = districtReports.defaultPeriod();
    List<PeriodChoice> choices = new ArrayList<>();
    // months after the default one are still being filed: offered, but not chosen, and marked
    periods.forEach(
        p ->
            choices.add(
                new PeriodChoice(
                    p.toString(),
                    opensOn.isPresent() && p.compareTo(opensOn.get()) > 0
                        ? p.label() + "（报送中）"
                        : p.label())));
    model.addAttribute("defaultPeriod", opensOn.map(Period::toString).orElse(null));
    if (!periods.isEmpty()) {
      choices.add(new PeriodChoice(ReportScope.CAMPAIGN, districtReports.campaignToDate().label()));
    }
    model.addAttribute("periods", choices);
    model.addAttribute("monthPeriods", periods);
    model.addAttribute("streets", scope.visibleStreets());
    model.addAttribute("streetBound", scope.boundStreet().isPresent());
    model.addAttribute("mailConfigured", delivery.configured());
    model.addAttribute("outboxCounts", outbox.countByState());
    return "reports";
  }

  @GetMapping("/reports/district")
  @PreAuthorize("hasAnyRole('LEADER','ANALYST','ADMIN')")
  ResponseEntity<byte[]> district(
      @RequestParam String period, @RequestParam(defaultValue = "pdf") String format) {
    ReportScope reportScope =
        districtReports
            .tryScope(period)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "统计期格式不对"));
    ReportFormat reportFormat =
        ReportFormat.ofFileName("x." + format)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "格式只能是 pdf 或 xlsx"));
    byte[] bytes = districtReports.render(reportScope, reportFormat);
    audit.record(
        user(),
        "report_downloaded",
        reportScope.key(),
        reportFormat.extension(),
        AuditLog.Outcome.OK);
    return download(bytes, districtReports.fileName(reportScope, reportFormat), reportFormat);
  }

  @GetMapping("/reports/street-form")
  ResponseEntity<byte[]> streetForm(
      @RequestParam String period, @RequestParam(required = false) String street) {
    String code = scope.effectiveStreet(street);
    if (code == null || code.isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "请选择街镇");
    }
    scope.requireStreet(code);
    Period month =
        Period.parse(period)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "统计期格式不对"));
    Optional<byte[]> pdf = streetForms.render(code, month);
    if (pdf.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "该街镇在" + month.label() + "没有统计表");
    }
    audit.record(user(), "street_form_downloaded", code + " " + month, "pdf", AuditLog.Outcome.OK);
    return download(pdf.get(), streetForms.fileName(code, month), ReportFormat.PDF);
  }

  @GetMapping("/reports/deliveries")
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  String deliveries(
      @RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
    Map<String, Long> counts = outbox.countByState();
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    Paging paging = Paging.of(request, page, total, Paging.DEFAULT_SIZE);
    model.addAttribute("entries", outbox.page(paging.offset(), paging.size()));
    model.addAttribute("paging", paging);
    model.addAttribute("counts", counts);
    model.addAttribute("mailConfigured", delivery.configured());
    return "report-deliveries";
  }

  @PostMapping("/reports/deliveries/{id}/retry")
  @PreAuthorize("hasRole('ADMIN')")
  String retry(@PathVariable long id, RedirectAttributes redirect) {
    outbox.retryNow(id);
    int sent = delivery.drain();
    audit.record(user(), "mail_retried", String.valueOf(id), null, AuditLog.Outcome.OK);
    redirect.addFlashAttribute(
        "message", delivery.configured() ? "已重新发送，本次成功 " + sent + " 封。" : "未配置邮件服务器，邮件继续在发件箱中等待。");
    return "redirect:/reports/deliveries";
  }

  private String user() {
    return scope.currentUser().map(DoudiUser::getUsername).orElse("unknown");
  }

  static ResponseEntity<byte[]> download(byte[] bytes, String fileName, ReportFormat format) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(format.contentType()));
    headers.setContentDisposition(
        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
    headers.setCacheControl("no-store");
    return new ResponseEntity<>(bytes, headers, HttpStatus.OK);
  }
}
