package org.doudi.dashboard.petition;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The petition pages: {@code /petitions} (cases per month and street, masked; recent loads) and
 * {@code /petitions/upload} with progress. Street accounts never see petitions.
 */
@Controller
@ConditionalOnWebApplication
class PetitionController {

  private final JdbcTemplate jdbc;
  private final PetitionUploads uploads;

  PetitionController(JdbcTemplate jdbc, PetitionUploads uploads) {
    this.jdbc = jdbc;
    this.uploads = uploads;
  }

  @GetMapping("/petitions/loads")
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN','LEADER')")
  String overview(Model model) {
    List<Map<String, Object>> months =
        jdbc.queryForList(
            "SELECT period, count(*) AS cases,"
                + " count(*) FILTER (WHERE real_name AND category = '投诉举报') AS real_name_complaints,"
                + " count(*) FILTER (WHERE resolved) AS resolved,"
                + " count(*) FILTER (WHERE id_no_quality IN ('bad_check_digit', 'numeric', 'malformed'))"
                + " AS id_warnings"
                + " FROM petition GROUP BY period ORDER BY period DESC LIMIT 36");
    model.addAttribute("months", months);
    model.addAttribute(
        "loads",
        jdbc.queryForList(
            "SELECT id, file_name, loaded_by, strftime(started_at, '%Y-%m-%d %H:%M') AS started,"
                + " CASE WHEN status = 'failed' AND message LIKE '中断%' THEN '中断'"
                + " WHEN status = 'loaded' THEN '已导入' WHEN status = 'skipped' THEN '已导入过（未改动）'"
                + " WHEN status = 'rejected' THEN '未导入' WHEN status = 'failed' THEN '导入失败'"
                + " ELSE '正在导入' END AS status,"
                + " rows_loaded, message FROM load_log WHERE kind = 'petitions'"
                + " ORDER BY id DESC LIMIT 20"));
    Long overdue =
        jdbc.queryForObject("SELECT count(*) FROM complaint_ledger WHERE overdue", Long.class);
    model.addAttribute("overdue", overdue);
    return "petitions/overview";
  }

  @GetMapping("/petitions/upload")
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  String uploadPage() {
    return "petitions/upload";
  }

  @PostMapping("/petitions/upload")
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  @ResponseBody
  Map<String, String> upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean skipBadRows,
      Principal principal)
      throws IOException {
    return Map.of(
        "token",
        uploads.start(
            file.getOriginalFilename(), file::transferTo, skipBadRows, principal.getName()));
  }

  @GetMapping("/petitions/upload/{token}")
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  @ResponseBody
  ResponseEntity<PetitionUploads.Status> progress(@PathVariable String token) {
    return ResponseEntity.ok(uploads.status(token));
  }
}
