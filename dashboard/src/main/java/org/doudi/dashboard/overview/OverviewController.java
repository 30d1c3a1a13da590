package org.doudi.dashboard.overview;

import java.util.Optional;
import org.doudi.dashboard.cache.AnswerCache;
import org.doudi.dashboard.charts.ChartPeriods;
import org.doudi.dashboard.charts.PeriodRange;
import org.doudi.dashboard.findings.FindingFilter;
import org.doudi.dashboard.findings.FindingsPageQuery;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page: where the district stands for a month or the campaign to date. A street account
 * sees the same page over its own street only.
 */
@Controller
@ConditionalOnWebApplication
class OverviewController {

  private final ChartPeriods campaign;
  private final StreetScope scope;
  private final OverviewKpis kpis;
  private final FindingsPageQuery findings;
  private final StreetDictionary streets;
  private final AnswerCache cache;

  OverviewController(
      AnswerCache cache,
      ChartPeriods campaign,
      StreetScope scope,
      OverviewKpis kpis,
      FindingsPageQuery findings,
      StreetDictionary streets) {
    this.campaign = campaign;
    this.scope = scope;
    this.kpis = kpis;
    this.findings = findings;
    this.streets = streets;
    this.cache = cache;
  }

  @GetMapping("/")
  String overview(@RequestParam(required = false) String period, Model model) {
    String street = scope.effectiveStreet(null);
    model.addAttribute("choices", campaign.choices(street));
    model.addAttribute(
        "scopeName",
        street == null ? "全区" : streets.byCode(street).map(s -> s.name()).orElse(street));
    model.addAttribute("streetCode", street);
    Optional<PeriodRange> range = campaign.resolve(period, street);
    model.addAttribute("hasData", range.isPresent());
    range.ifPresent(
        r -> {
          model.addAttribute("range", r);
          model.addAttribute(
              "kpis", cache.answer("overview.kpis", () -> kpis.kpis(r, street), r, street));
          model.addAttribute(
              "topFindings",
              findings.find(
                  new FindingFilter(
                      r.from().toString(), r.to().toString(), street, null, null, "open"),
                  8));
        });
    return "overview";
  }
}
