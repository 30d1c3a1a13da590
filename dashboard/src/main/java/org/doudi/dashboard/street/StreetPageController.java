package org.doudi.dashboard.street;

import org.doudi.dashboard.findings.FindingFilter;
import org.doudi.dashboard.findings.FindingsPageQuery;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.warehouse.dictionary.MetricDictionary;
import org.doudi.warehouse.dictionary.Street;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Serves a street's page; a street account may open its own street's page only (403 otherwise). */
@Controller
@ConditionalOnWebApplication
class StreetPageController {

  private final StreetDictionary streets;
  private final StreetScope scope;
  private final StreetPageQueries queries;
  private final FindingsPageQuery findings;
  private final MetricDictionary metrics;

  StreetPageController(
      StreetDictionary streets,
      StreetScope scope,
      StreetPageQueries queries,
      FindingsPageQuery findings,
      MetricDictionary metrics) {
    this.streets = streets;
    this.scope = scope;
    this.queries = queries;
    this.findings = findings;
    this.metrics = metrics;
  }

  @GetMapping("/streets/{code}")
  String street(@PathVariable String code, Model model) {
    scope.requireStreet(code);
    Street street =
        streets
            .byCode(code)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个街镇"));
    model.addAttribute("street", street);
    model.addAttribute("metrics", metrics.all());
    model.addAttribute("months", queries.months(code));
    model.addAttribute("versions", queries.versions(code));
    model.addAttribute(
        "findings", findings.find(new FindingFilter(null, null, code, null, null, null), 200));
    return "street";
  }
}
