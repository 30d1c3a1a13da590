package org.doudi.dashboard.streetform;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.doudi.dashboard.security.DoudiUser;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.dashboard.upload.FileUploads;
import org.doudi.dashboard.upload.UploadResult;
import org.doudi.dashboard.web.Paging;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.etl.streetform.BlankForm;
import org.doudi.etl.streetform.StreetForms;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.Street;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.load.LoadKind;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms area (/forms): street clerks upload their forms and see them with their 退回 status; the
 * work team uploads any street's forms and the discipline figures, and returns forms; everyone may
 * download the official blank form. The street rule is enforced here, on the server.
 */
@Controller
@ConditionalOnWebApplication
class FormsController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final StreetForms versions;
  private final BlankForm blankForm;
  private final StreetScope scope;
  private final StreetDictionary streets;
  private final FileLoadLauncher launcher;
  private final FormsPageQuery list;
  private final FormCalendar calendar;
  private final FileUploads uploads;

  FormsController(
      StreetForms versions,
      BlankForm blankForm,
      StreetScope scope,
      StreetDictionary streets,
      FileLoadLauncher launcher,
      FormsPageQuery list,
      FormCalendar calendar,
      FileUploads uploads) {
    this.uploads = uploads;
    this.list = list;
    this.calendar = calendar;
    this.versions = versions;
    this.blankForm = blankForm;
    this.scope = scope;
    this.streets = streets;
    this.launcher = launcher;
  }

  @GetMapping("/forms")
  String page(
      @RequestParam(name = "period", required = false) String period,
      @RequestParam(name = "street", required = false) String requestedStreet,
      @RequestParam(name = "page", required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    String street = scope.boundStreet().orElse(null);
    String listed = scope.requestedStreet(blankToNull(requestedStreet));
    String chosenPeriod = Period.parse(blankToNull(period)).map(Period::toString).orElse(null);
    Paging paging = Paging.of(request, page, list.count(chosenPeriod, listed), Paging.DEFAULT_SIZE);
    model.addAttribute("versions", list.page(chosenPeriod, listed, paging.size(), paging.offset()));
    model.addAttribute("paging", paging);
    model.addAttribute("periods", list.periods(street));
    model.addAttribute("streets", scope.visibleStreets());
    model.addAttribute("selPeriod", chosenPeriod);
    model.addAttribute("selStreet", listed);
    model.addAttribute("calendar", street == null ? null : calendar.of(street));
    model.addAttribute("ownStreet", street == null ? null : streets.byCode(street).orElse(null));
    model.addAttribute("maxMegabytes", launcher.maxFileSize(LoadKind.STREET_FORM).toMegabytes());
    model.addAttribute(
        "currentPeriod", Period.of(java.time.LocalDate.now().minusMonths(1)).toString());
    return "forms";
  }

  @PostMapping("/forms/upload")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  @ResponseBody
  UploadResult upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(name = "period", required = false) String period) {
    return load(file, period, LoadKind.STREET_FORM);
  }

  @PostMapping("/forms/discipline/upload")
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  @ResponseBody
  UploadResult uploadDiscipline(
      @RequestParam("file") MultipartFile file,
      @RequestParam(name = "period", required = false) String period) {
    return load(file, period, LoadKind.DISCIPLINE);
  }

  private UploadResult load(MultipartFile file, String period, LoadKind kind) {
    return uploads.load(kind, file, period);
  }

  @GetMapping("/forms/blank.xlsx")
  ResponseEntity<byte[]> blank(@RequestParam(name = "period", required = false) String period) {
    Street street = scope.boundStreet().flatMap(streets::byCode).orElse(null);
    Period chosen = period == null || period.isBlank() ? null : Period.parse(period).orElse(null);
    String name =
        "自查自纠工作开展情况统计表"
            + (street == null ? "" : "-" + street.name())
            + (chosen == null ? "" : "-" + chosen)
            + ".xlsx";
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(blankForm.xlsx(street, chosen));
  }

  @PostMapping("/forms/{id}/return")
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  String returnForm(
      @PathVariable long id,
      @RequestParam(name = "reason", required = false) String reason,
      RedirectAttributes redirect) {
    DoudiUser user = scope.currentUser().orElseThrow();
    try {
      var returned = versions.returnForm(id, user.getUsername(), reason);
      redirect.addFlashAttribute(
          "notice",
          "已退回 "
              + returned.streetName()
              + " "
              + Period.require(returned.period()).label()
              + " 的统计表（第"
              + returned.version()
              + "版），街镇将看到退回原因。");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/forms";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
