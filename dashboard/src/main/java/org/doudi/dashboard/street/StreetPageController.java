package org.doudi.dashboard.street;

import java.util.List;
import org.doudi.dashboard.cache.AnswerCache;
import org.doudi.dashboard.findings.FindingFilter;
import org.doudi.dashboard.findings.FindingRow;
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

/**
 * Serves a street's page; a street account may open its own street's page only (403 otherwise). Its
 * figures are the same for everyone who may see the street, so they are kept per street and data
 * version ({@link AnswerCache}); a load or a change of the findings computes them anew.
 */
@Controller
@ConditionalOnWebApplication
class StreetPageController {

  private final StreetDictionary streets;
  private final StreetScope scope;
  private final StreetPageQueries queries;
  private final FindingsPageQuery findings;
  private final MetricDictionary metrics;
  private final AnswerCache cache;

  /** What the page shows of a street, computed once per data version. */
  private record StreetFigures(
      List<StreetMonth> months, List<FormVersion> versions, List<FindingRow> findings) {}

  StreetPageController(
      StreetDictionary streets,
      StreetScope scope,
      StreetPageQueries queries,
      FindingsPageQuery findings,
      MetricDictionary metrics,
      AnswerCache cache) {
    this.streets = streets;
    this.scope = scope;
    this.queries = queries;
    this.findings = findings;
    this.metrics = metrics;
    this.cache = cache;
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
    StreetFigures figures =
        cache.answer(
            "street.page",
            () ->
                new StreetFigures(
                    queries.months(code),
                    queries.versions(code),
                    findings.find(new FindingFilter(null, null, code, null, null, null), 200)),
            code);
    model.addAttribute("months", figures.months());
    model.addAttribute("versions", figures.versions());
    model.addAttribute("findings", figures.findings());
    return "street";
  }
}
