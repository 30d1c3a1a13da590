package org.doudi.dashboard.rectification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.dashboard.web.Words;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.personal.PersonalDataKeys;
import org.doudi.warehouse.rectification.RectificationEvent;
import org.doudi.warehouse.rectification.RectificationQueries;
import org.doudi.warehouse.rectification.StoredFile;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * An item's page ({@code /rectification/{id}}): every field of the ledger, the source it came from,
 * its events and evidence files, and the actions the viewer's role and the item's state allow; also
 * its JSON and the evidence download. Another street's item answers 404, as if it did not exist.
 */
@Controller
@ConditionalOnWebApplication
class RectificationItemController {

  /** One event as the page shows it: who by name, when, what, from → to. */
  record EventLine(String when, String who, String what, String change, String note) {}

  /** One evidence file as the page and the JSON show it (never its place on disk). */
  record EvidenceLine(
      long id, String fileName, String contentType, long sizeBytes, String who, String when) {}

  private final ProblemListQuery query;
  private final RectificationQueries queries;
  private final LedgerAccess access;
  private final Words words;
  private final AuditLog audit;

  RectificationItemController(
      ProblemListQuery query,
      RectificationQueries queries,
      LedgerAccess access,
      Words words,
      AuditLog audit) {
    this.query = query;
    this.queries = queries;
    this.access = access;
    this.words = words;
    this.audit = audit;
  }

  @GetMapping("/rectification/{id:\\d+}")
  String item(@PathVariable long id, Model model) {
    ProblemRow item = require(id);
    model.addAttribute("item", item);
    model.addAttribute("events", events(id));
    model.addAttribute("evidence", evidence(id));
    model.addAttribute("sourceHref", sourceHref(item));
    boolean works = access.works();
    boolean revisable = "整改中".equals(item.status()) || "退回".equals(item.review());
    model.addAttribute("canRevise", works && revisable);
    model.addAttribute("canRectify", works && !"已销号".equals(item.status()));
    model.addAttribute(
        "canRequest", works && "已整改".equals(item.status()) && item.evidenceFiles() > 0);
    model.addAttribute(
        "canReview",
        access.reviews() && "已销号".equals(item.status()) && "待审核".equals(item.review()));
    return "rectification/item";
  }

  @GetMapping("/api/rectification/{id:\\d+}")
  @ResponseBody
  Map<String, Object> json(@PathVariable long id) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("item", require(id));
    answer.put("events", events(id));
    answer.put("evidence", evidence(id));
    return answer;
  }

  @GetMapping("/rectification/{id:\\d+}/evidence/{fileId:\\d+}")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId)
      throws IOException {
    require(id);
    StoredFile file =
        queries.evidence(access.access(), id).stream()
            .filter(f -> f.id() == fileId)
            .findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份佐证材料"));
    byte[] bytes = Files.readAllBytes(file.path());
    audit.record(
        access.actor(), "evidence_downloaded", "问题 " + id, file.fileName(), AuditLog.Outcome.OK);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(bytes);
  }

  private ProblemRow require(long id) {
    return query
        .item(access.access(), id)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "问题清单中没有编号为 " + id + " 的问题"));
  }

  private List<EventLine> events(long id) {
    return queries.events(access.access(), id).stream().map(this::line).toList();
  }

  private EventLine line(RectificationEvent e) {
    String change =
        e.fromStatus() == null
            ? (e.toStatus() == null ? "" : e.toStatus())
            : e.fromStatus().equals(e.toStatus())
                ? e.toStatus()
                : e.fromStatus() + " → " + e.toStatus();
    return new EventLine(
        words.dateTime(e.occurredAt()),
        words.actor(e.actor()),
        RectificationLabels.action(e.action()),
        change,
        PersonalDataKeys.maskText(e.note()));
  }

  private List<EvidenceLine> evidence(long id) {
    return queries.evidence(access.access(), id).stream()
        .map(
            f ->
                new EvidenceLine(
                    f.id(),
                    f.fileName(),
                    f.contentType(),
                    f.sizeBytes(),
                    words.actor(f.uploadedBy()),
                    words.dateTime(f.uploadedAt())))
        .toList();
  }

  private String sourceHref(ProblemRow item) {
    if (item.sourceRef() == null) {
      return null;
    }
    return switch (item.sourceKind()) {
      case "finding" -> "/findings/" + item.sourceRef();
      case "complaint" -> access.street() ? null : "/petitions/ledger/" + item.sourceRef();
      default -> null;
    };
  }
}
