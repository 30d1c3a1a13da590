package org.doudi.dashboard.charts;

import java.util.function.BiFunction;
import org.doudi.dashboard.cache.AnswerCache;
import org.doudi.dashboard.security.StreetScope;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves each chart's option as JSON. A street account gets its own street's figures whatever it
 * asks for, and a 403 when it names another street; petition breakdowns beyond channel and category
 * are for the leading group and the work team only. Answers are kept per data version ({@link
 * AnswerCache}), keyed by the chart, the period asked and the street the asker may see.
 */
@RestController
@RequestMapping("/api/charts")
@ConditionalOnWebApplication
@PreAuthorize("isAuthenticated()")
class ChartsController {

  private final ChartPeriods campaign;
  private final StreetScope scope;
  private final TrendCharts trends;
  private final StreetComparisonChart comparison;
  private final DiscrepancyHeatmap heatmap;
  private final PetitionVolumeCharts petitions;
  private final AnswerCache cache;

  ChartsController(
      AnswerCache cache,
      ChartPeriods campaign,
      StreetScope scope,
      TrendCharts trends,
      StreetComparisonChart comparison,
      DiscrepancyHeatmap heatmap,
      PetitionVolumeCharts petitions) {
    this.campaign = campaign;
    this.scope = scope;
    this.trends = trends;
    this.comparison = comparison;
    this.heatmap = heatmap;
    this.petitions = petitions;
    this.cache = cache;
  }

  @GetMapping("/removals")
  ChartJson removals(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String street) {
    return trend(period, street, trends::removals);
  }

  @GetMapping("/recovered")
  ChartJson recovered(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String street) {
    return trend(period, street, trends::recovered);
  }

  @GetMapping("/handling")
  ChartJson handling(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String street) {
    return trend(period, street, trends::handling);
  }

  @GetMapping("/streets")
  ChartJson streets(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String street) {
    return ranged(period, street, ChartOptions.NO_FORMS, comparison::chart);
  }

  @GetMapping("/discrepancy")
  ChartJson discrepancy(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String street) {
    return ranged(
        period,
        street,
        ChartOptions.NO_FORMS,
        (range, s) ->
            heatmap.chart(
                range,
                s,
                scope.visibleStreets().stream()
                    .filter(v -> s == null || v.code().equals(s))
                    .toList()));
  }

  @GetMapping("/petitions/channels")
  ChartJson petitionChannels(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String street) {
    return ranged(period, street, ChartOptions.NO_PETITIONS, petitions::channels);
  }

  @GetMapping("/petitions/programs")
  @PreAuthorize("hasAnyRole('LEADER','ANALYST','ADMIN')")
  ChartJson petitionPrograms(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String street) {
    return ranged(period, street, ChartOptions.NO_PETITIONS, petitions::programs);
  }

  @GetMapping("/petitions/issues")
  @PreAuthorize("hasAnyRole('LEADER','ANALYST','ADMIN')")
  ChartJson petitionIssues(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String street) {
    return ranged(period, street, ChartOptions.NO_PETITIONS, petitions::issues);
  }

  private ChartJson trend(
      String period, String requested, BiFunction<PeriodRange, String, ChartJson> chart) {
    String street = scope.requestedStreet(requested);
    return cache.answer(
        chartPath(),
        () ->
            campaign
                .resolve(period, street)
                .map(range -> chart.apply(campaign.trend(range), street))
                .orElseGet(() -> ChartJson.empty(ChartOptions.NO_FORMS)),
        period,
        street);
  }

  private ChartJson ranged(
      String period,
      String requested,
      String emptyMessage,
      BiFunction<PeriodRange, String, ChartJson> chart) {
    String street = scope.requestedStreet(requested);
    return cache.answer(
        chartPath(),
        () ->
            campaign
                .resolve(period, street)
                .map(range -> chart.apply(range, street))
                .orElseGet(() -> ChartJson.empty(emptyMessage)),
        period,
        street);
  }

  /** Returns the chart asked for, as its path: the first part of its cache key. */
  private static String chartPath() {
    return ServletUriComponentsBuilder.fromCurrentRequestUri().build().getPath();
  }
}
