package org.doudi.reports.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.RemovalKind;
import org.doudi.warehouse.dictionary.Street;
import org.junit.jupiter.api.Test;

/** Section 二 names the leading streets and never picks some of several tied ones. */
class StreetRankingTest {

  private static final List<String> NAMES =
      List.of(
          "长寿路街道", "曹杨新村街道", "长风新村街道", "宜川路街道", "甘泉路街道", "石泉路街道", "真如镇街道", "万里街道", "长征镇", "桃浦镇");

  @Test
  void sevenStreetsTiedBehindTheFirstAreCountedNotPicked() {
    // given: 石泉路 removed 2, seven others 1 each, two none
    DistrictReportData data = data(0, 1, 1, 1, 1, 2, 1, 0, 1, 1);

    // when
    String sentence = StreetRanking.sentence(data);

    // then
    assertThat(sentence).contains("清退人数较多的街镇为石泉路街道（2人），另有7个街镇并列，各1人；");
  }

  @Test
  void aTieThatFitsIsNamedAsATie() {
    // given
    DistrictReportData data = data(5, 3, 3, 0, 0, 0, 0, 0, 1, 0);

    // when
    String sentence = StreetRanking.sentence(data);

    // then
    assertThat(sentence).contains("清退人数较多的街镇为长寿路街道（5人），曹杨新村街道、长风新村街道（并列，各3人）；");
  }

  private static DistrictReportData data(int... renqingRemoved) {
    List<Street> streets = new ArrayList<>();
    Map<String, Map<Metric, BigDecimal>> byStreet = new LinkedHashMap<>();
    for (int i = 0; i < NAMES.size(); i++) {
      Street street = new Street("s" + i, NAMES.get(i), i + 1);
      streets.add(street);
      byStreet.put(
          street.code(),
          Map.of(
              Metric.RENQING_REMOVED,
              BigDecimal.valueOf(renqingRemoved[i]),
              Metric.RENQING_RECOVERED_YUAN,
              BigDecimal.valueOf(100L * renqingRemoved[i])));
    }
    List<RemovalKind> kinds =
        List.of(
            new RemovalKind(
                "renqing", "人情保", "“人情保”", Metric.RENQING_REMOVED, Metric.RENQING_RECOVERED_YUAN));
    Period december = Period.of(2024, 12);
    return new DistrictReportData(
        ReportScope.month(december),
        LocalDate.of(2025, 2, 1),
        streets,
        kinds,
        byStreet,
        Map.of(),
        Map.of(),
        Map.of(),
        Map.of(),
        Map.of(),
        0,
        List.of(),
        null,
        Map.of(december, LocalDate.of(2025, 1, 25)));
  }
}
