package org.doudi.dashboard.streetform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.dashboard.web.Paging;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The load history (/forms/history): who loaded which file, when, with what result, and the
 * rejected files' messages, a page at a time with the total. A street account sees only the loads
 * of its own street's accounts.
 */
@Controller
@ConditionalOnWebApplication
class LoadHistoryController {

  private static final Set<String> KINDS = Set.of("street_form", "discipline", "petitions", "demo");
  private static final Set<String> STATUSES =
      Set.of("running", "loaded", "rejected", "skipped", "failed");

  private final LoadHistoryQuery history;
  private final StreetScope scope;

  LoadHistoryController(LoadHistoryQuery history, StreetScope scope) {
    this.history = history;
    this.scope = scope;
  }

  @GetMapping("/forms/history")
  String history(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    LoadHistoryQuery.Filter filter =
        new LoadHistoryQuery.Filter(
            kind != null && KINDS.contains(kind) ? kind : null,
            status != null && STATUSES.contains(status) ? status : null,
            scope.boundStreet().orElse(null));
    Paging paging = Paging.of(request, page, history.count(filter), Paging.DEFAULT_SIZE);
    model.addAttribute("loads", history.page(filter, paging.size(), paging.offset()));
    model.addAttribute("paging", paging);
    model.addAttribute("kind", filter.kind());
    model.addAttribute("status", filter.status());
    return "forms-history";
  }
}
