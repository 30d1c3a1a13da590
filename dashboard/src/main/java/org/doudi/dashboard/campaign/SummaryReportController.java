package org.doudi.dashboard.campaign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.etl.fileload.FileNames;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.dictionary.Street;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.rectification.RectificationException;
import org.doudi.warehouse.rectification.StoredFile;
import org.doudi.warehouse.rectification.SummaryReports;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The streets' 自查自纠工作总结报告 (/campaign/summary-reports): a street clerk uploads the street's own
 * (PDF, Word or a scan, checked by its first bytes, size-limited) and sees its history; the work
 * team sees every street's latest report and which streets have sent none, and downloads any; a
 * clerk downloads the street's own only.
 */
@Controller
@ConditionalOnWebApplication
class SummaryReportController {

  private final SummaryReports reports;
  private final StreetScope scope;
  private final AuditLog audit;

  SummaryReportController(SummaryReports reports, StreetScope scope, AuditLog audit) {
    this.reports = reports;
    this.scope = scope;
    this.audit = audit;
  }

  /**
   * One street's line on the work team's list.
   *
   * @param street the street
   * @param latest its latest report, or null when it sent none
   */
  record StreetReport(Street street, StoredFile latest) {}

  @GetMapping("/campaign/summary-reports")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  String page(Model model) {
    StreetAccess access = StreetAccess.bound(scope.boundStreet());
    Map<String, StoredFile> latest =
        reports.list(access, false).stream()
            .collect(Collectors.toMap(StoredFile::owner, Function.identity()));
    List<StreetReport> lines =
        scope.visibleStreets().stream()
            .map(s -> new StreetReport(s, latest.get(s.code())))
            .toList();
    model.addAttribute("lines", lines);
    model.addAttribute(
        "streetNames",
        scope.visibleStreets().stream().collect(Collectors.toMap(Street::code, Street::name)));
    model.addAttribute("missing", lines.stream().filter(l -> l.latest() == null).count());
    model.addAttribute("history", reports.list(access, true));
    model.addAttribute(
        "ownStreet",
        scope
            .boundStreet()
            .flatMap(
                c ->
                    lines.stream()
                        .map(StreetReport::street)
                        .filter(s -> s.code().equals(c))
                        .findFirst())
            .orElse(null));
    model.addAttribute("maxMegabytes", SummaryReports.MAX_BYTES / 1024 / 1024);
    return "campaign/summary-reports";
  }

  @PostMapping("/campaign/summary-reports")
  @PreAuthorize("hasRole('STREET')")
  String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect)
      throws IOException {
    String street = scope.boundStreet().orElseThrow();
    String name = FileNames.shown(file.getOriginalFilename());
    String user = scope.currentUser().orElseThrow().getUsername();
    try {
      reports.attach(StreetAccess.of(street), street, name, file.getBytes(), user);
      audit.record(user, "summary_report_uploaded", name, null, AuditLog.Outcome.OK);
      redirect.addFlashAttribute("notice", "已上传“" + name + "”，作为本街镇的自查自纠工作总结报告。");
    } catch (RectificationException e) {
      redirect.addFlashAttribute("problem", "未上传：" + e.getMessage());
    }
    return "redirect:/campaign/summary-reports";
  }

  @GetMapping("/campaign/summary-reports/{id}")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  ResponseEntity<byte[]> download(@PathVariable long id) throws IOException {
    StoredFile file =
        reports.list(StreetAccess.bound(scope.boundStreet()), true).stream()
            .filter(f -> f.id() == id)
            .findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份报告"));
    audit.record(
        scope.currentUser().orElseThrow().getUsername(),
        "summary_report_downloaded",
        file.fileName(),
        null,
        AuditLog.Outcome.OK);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(Files.readAllBytes(file.path()));
  }
}
