package org.doudi.dashboard.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.doudi.dashboard.cache.AnswerCache;
import org.doudi.dashboard.charts.ChartPeriods;
import org.doudi.dashboard.charts.PeriodRange;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.warehouse.account.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The petitions page. Street accounts never see it (403): a street must not learn who complained
 * about it. The leading group sees cases without any personal data; the work team sees the masked
 * complainant and phone (张*, 138****5678).
 */
@Controller
@ConditionalOnWebApplication
@PreAuthorize("hasAnyRole('LEADER','ANALYST','ADMIN')")
class PetitionsPageController {

  static final int LIST_LIMIT = 100;

  private final ChartPeriods campaign;
  private final StreetScope scope;
  private final PetitionsPageQueries queries;
  private final AnswerCache cache;
  private final Clock clock;
  private final int deadlineDays;

  PetitionsPageController(
      ChartPeriods campaign,
      StreetScope scope,
      PetitionsPageQueries queries,
      AnswerCache cache,
      Clock clock,
      @Value("${doudi.dashboard.petition-deadline-days:60}") int deadlineDays) {
    this.campaign = campaign;
    this.scope = scope;
    this.queries = queries;
    this.cache = cache;
    this.clock = clock;
    this.deadlineDays = deadlineDays;
  }

  @GetMapping("/petitions")
  String page(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String street,
      Model model) {
    String selected = street == null || street.isBlank() ? null : street;
    model.addAttribute("choices", campaign.choices(null));
    model.addAttribute("streets", scope.visibleStreets());
    model.addAttribute("selStreet", selected);
    model.addAttribute("deadlineDays", deadlineDays);
    boolean masked = scope.currentUser().map(u -> u.role() == Role.ANALYST).orElse(false);
    model.addAttribute("showPersonal", masked);
    Optional<PeriodRange> range =
        campaign.resolve(period == null ? PeriodRange.CAMPAIGN : period, null);
    model.addAttribute("hasData", range.isPresent());
    range.ifPresent(
        r -> {
          LocalDate today = LocalDate.now(clock);
          LocalDate overdueBefore = today.minusDays(deadlineDays);
          Map<String, Object> summary =
              cache.answer(
                  "petitions.summary",
                  () -> queries.summary(r, selected, overdueBefore),
                  r,
                  selected,
                  overdueBefore);
          model.addAttribute("range", r);
          model.addAttribute("summary", summary);
          model.addAttribute("hasCases", ((Number) summary.get("cases")).longValue() > 0);
          model.addAttribute(
              "realName", queries.realNameComplaints(r, selected, masked, today, LIST_LIMIT));
          model.addAttribute(
              "overdue", queries.overdue(r, selected, masked, overdueBefore, today, LIST_LIMIT));
        });
    return "petitions";
  }
}
