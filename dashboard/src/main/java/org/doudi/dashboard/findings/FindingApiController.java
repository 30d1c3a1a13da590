package org.doudi.dashboard.findings;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.doudi.dashboard.web.Words;
import org.doudi.warehouse.findings.Finding;
import org.doudi.warehouse.findings.FindingEvent;
import org.doudi.warehouse.findings.FindingNotFoundException;
import org.doudi.warehouse.findings.FindingStatus;
import org.doudi.warehouse.findings.FindingWorkflow;
import org.doudi.warehouse.findings.FindingWorkflowException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The work team's actions on one finding, as JSON: explain (说明), correct (已更正), reopen, and its
 * history. Analysts and administrators only; street accounts and leaders get 403.
 */
@RestController
@RequestMapping("/api/findings")
@PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
@ConditionalOnWebApplication
class FindingApiController {

  /** The body of an action: the reason, required. */
  record ActionRequest(String reason) {}

  /** A finding as the page shows it, with its status in Chinese. */
  record FindingJson(
      long id,
      String period,
      String streetCode,
      String streetName,
      String rule,
      String metric,
      BigDecimal streetValue,
      BigDecimal otherValue,
      String severity,
      String message,
      String status,
      String statusLabel,
      boolean current,
      OffsetDateTime firstSeenAt,
      OffsetDateTime lastSeenAt) {

    static FindingJson of(Finding f) {
      return new FindingJson(
          f.id(),
          f.period(),
          f.streetCode(),
          f.streetName(),
          f.rule(),
          f.metric(),
          f.streetValue(),
          f.otherValue(),
          f.severity(),
          f.message(),
          f.status().key(),
          f.status().label(),
          f.current(),
          f.firstSeenAt(),
          f.lastSeenAt());
    }
  }

  /** One step of the history, with the statuses in Chinese. */
  record EventJson(
      OffsetDateTime occurredAt,
      String actor,
      String action,
      String fromStatus,
      String toStatus,
      String toStatusLabel,
      String reason,
      String occurredAtText,
      String actorName) {

    static EventJson of(FindingEvent e, Words words) {
      return new EventJson(
          e.occurredAt(),
          e.actor(),
          e.action(),
          e.fromStatus() == null ? null : e.fromStatus().key(),
          e.toStatus().key(),
          e.toStatus().label(),
          e.reason(),
          words.dateTime(e.occurredAt()),
          words.actor(e.actor()));
    }
  }

  /** A finding with its history, oldest step first. */
  record FindingWithHistory(FindingJson finding, List<EventJson> history) {}

  private final FindingWorkflow workflow;
  private final Words words;

  FindingApiController(FindingWorkflow workflow, Words words) {
    this.workflow = workflow;
    this.words = words;
  }

  @GetMapping("/{id}/history")
  FindingWithHistory history(@PathVariable long id) {
    return withHistory(id);
  }

  @PostMapping("/{id}/explain")
  FindingWithHistory explain(
      @PathVariable long id, @RequestBody ActionRequest request, Authentication user) {
    workflow.explain(id, user.getName(), request.reason());
    return withHistory(id);
  }

  @PostMapping("/{id}/correct")
  FindingWithHistory correct(
      @PathVariable long id, @RequestBody ActionRequest request, Authentication user) {
    workflow.correct(id, user.getName(), request.reason());
    return withHistory(id);
  }

  @PostMapping("/{id}/reopen")
  FindingWithHistory reopen(
      @PathVariable long id, @RequestBody ActionRequest request, Authentication user) {
    workflow.reopen(id, user.getName(), request.reason());
    return withHistory(id);
  }

  private FindingWithHistory withHistory(long id) {
    Finding finding = workflow.finding(id).orElseThrow(() -> new FindingNotFoundException(id));
    return new FindingWithHistory(
        FindingJson.of(finding),
        workflow.history(id).stream().map(e -> EventJson.of(e, words)).toList());
  }

  @ExceptionHandler(FindingNotFoundException.class)
  ResponseEntity<Map<String, String>> notFound(FindingNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
  }

  @ExceptionHandler(FindingWorkflowException.class)
  ResponseEntity<Map<String, String>> refused(FindingWorkflowException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
  }

  /** Lists the statuses with their Chinese labels, for the page's filters. */
  @GetMapping("/statuses")
  Map<String, String> statuses() {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    for (FindingStatus status : FindingStatus.values()) {
      labels.put(status.key(), status.label());
    }
    return labels;
  }
}
