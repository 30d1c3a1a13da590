package org.doudi.dashboard.charts;

import java.util.function.Function;
import org.doudi.dashboard.cache.AnswerCache;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves the charts of the campaign's own work and money for the leading group: rectification
 * progress, registers against the forms, money paid after removal, removals confirmed by a list. As
 * for every chart, a street account gets its own street whatever it asks for and a 403 when it
 * names another; answers are kept per data version ({@link AnswerCache}).
 */
@RestController
@RequestMapping("/api/charts")
@ConditionalOnWebApplication
@PreAuthorize("isAuthenticated()")
class CampaignChartsController {

  private final ChartPeriods campaign;
  private final StreetScope scope;
  private final StreetDictionary streets;
  private final AnswerCache cache;
  private final RectificationChart rectification;
  private final RegisterChart registers;
  private final PaidAfterRemovalChart paidAfterRemoval;
  private final RemovalListChart removalLists;

  CampaignChartsController(
      ChartPeriods campaign,
      StreetScope scope,
      StreetDictionary streets,
      AnswerCache cache,
      RectificationChart rectification,
      RegisterChart registers,
      PaidAfterRemovalChart paidAfterRemoval,
      RemovalListChart removalLists) {
    this.campaign = campaign;
    this.scope = scope;
    this.streets = streets;
    this.cache = cache;
    this.rectification = rectification;
    this.registers = registers;
    this.paidAfterRemoval = paidAfterRemoval;
    this.removalLists = removalLists;
  }

  @GetMapping("/rectification")
  ChartJson rectification(@RequestParam(required = false) String street) {
    String s = scope.requestedStreet(street);
    return cache.answer(path(), () -> rectification.chart(s), s);
  }

  @GetMapping("/registers")
  ChartJson registers(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String street) {
    String s = scope.requestedStreet(street);
    return ranged(
        period,
        s,
        range ->
            s == null
                ? registers.byStreet(range, scope.visibleStreets())
                : registers.byMonth(
                    campaign.trend(range), s, streets.byCode(s).map(x -> x.name()).orElse(s)),
        RegisterChart.NO_DATA);
  }

  @GetMapping("/paid-after-removal")
  ChartJson paidAfterRemoval(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String street) {
    // every month paid after a removal, whatever the period: the money to recover to date
    String s = scope.requestedStreet(street);
    return cache.answer(path(), () -> paidAfterRemoval.chart(s), s);
  }

  @GetMapping("/removal-lists")
  ChartJson removalLists(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String street) {
    String s = scope.requestedStreet(street);
    return ranged(period, s, range -> removalLists.chart(range, s), ChartOptions.NO_FORMS);
  }

  private ChartJson ranged(
      String period, String street, Function<PeriodRange, ChartJson> chart, String empty) {
    return cache.answer(
        path(),
        () -> campaign.resolve(period, street).map(chart).orElseGet(() -> ChartJson.empty(empty)),
        period,
        street);
  }

  /** Returns the chart asked for, as its path: the first part of its cache key. */
  private static String path() {
    return ServletUriComponentsBuilder.fromCurrentRequestUri().build().getPath();
  }
}
