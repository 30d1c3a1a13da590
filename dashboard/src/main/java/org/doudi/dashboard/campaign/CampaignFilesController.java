package org.doudi.dashboard.campaign;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.dashboard.streetform.LoadHistoryQuery;
import org.doudi.dashboard.upload.FileUploads;
import org.doudi.dashboard.upload.UploadResult;
import org.doudi.dashboard.web.Paging;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.etl.sheet.SourceTemplates;
import org.doudi.warehouse.dictionary.Street;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The upload pages of the campaign's files (/campaign/files/〈kind〉): a street clerk sends the
 * registers, the ledger and the removal list of their own street (the loader refuses, by its cell,
 * a row of another street), the work team sends any street's and the payment ledger; each page
 * answers the upload at once, lists that kind's recent loads and gives the blank template.
 */
@Controller
@ConditionalOnWebApplication
class CampaignFilesController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final FileUploads uploads;
  private final FileLoadLauncher launcher;
  private final LoadHistoryQuery history;
  private final StreetScope scope;
  private final StreetDictionary streets;

  CampaignFilesController(
      FileUploads uploads,
      FileLoadLauncher launcher,
      LoadHistoryQuery history,
      StreetScope scope,
      StreetDictionary streets) {
    this.uploads = uploads;
    this.launcher = launcher;
    this.history = history;
    this.scope = scope;
    this.streets = streets;
  }

  @GetMapping("/campaign/files")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  String first() {
    return "redirect:/campaign/files/relatives";
  }

  @GetMapping("/campaign/files/{path}")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  String page(
      @PathVariable String path,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    CampaignFile file = sendable(path);
    LoadHistoryQuery.Filter filter =
        new LoadHistoryQuery.Filter(file.kind().key(), null, scope.boundStreet().orElse(null));
    Paging paging = Paging.of(request, page, history.count(filter), 20);
    model.addAttribute("file", file);
    model.addAttribute("files", visibleFiles());
    model.addAttribute("loads", history.page(filter, paging.size(), paging.offset()));
    model.addAttribute("paging", paging);
    model.addAttribute("ownStreet", ownStreet());
    model.addAttribute("maxMegabytes", launcher.maxFileSize(file.kind()).toMegabytes());
    model.addAttribute(
        "required",
        file.source().columns().stream().filter(c -> c.required()).map(c -> c.label()).toList());
    return "campaign/files";
  }

  @PostMapping("/campaign/files/{path}/upload")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  @ResponseBody
  UploadResult upload(@PathVariable String path, @RequestParam("file") MultipartFile upload) {
    return uploads.load(sendable(path).kind(), upload, null);
  }

  @GetMapping("/campaign/files/{path}/template.xlsx")
  @PreAuthorize("hasAnyRole('STREET','ANALYST','ADMIN')")
  ResponseEntity<byte[]> template(@PathVariable String path) {
    CampaignFile file = sendable(path);
    Street street = ownStreet();
    String name = (street == null ? "" : street.name()) + file.title() + "（空白）.xlsx";
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(SourceTemplates.xlsx(file.source(), street == null ? null : street.name()));
  }

  /** Returns the file of the path if the account may send it: 404 unknown, 403 not for a street. */
  private CampaignFile sendable(String path) {
    CampaignFile file =
        CampaignFile.of(path)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这种文件"));
    if (!file.streetSends() && scope.boundStreet().isPresent()) {
      throw new AccessDeniedException("街镇账户不能上传" + file.title());
    }
    return file;
  }

  private List<CampaignFile> visibleFiles() {
    boolean street = scope.boundStreet().isPresent();
    return Arrays.stream(CampaignFile.values()).filter(f -> !street || f.streetSends()).toList();
  }

  private Street ownStreet() {
    return scope.boundStreet().flatMap(streets::byCode).orElse(null);
  }
}
