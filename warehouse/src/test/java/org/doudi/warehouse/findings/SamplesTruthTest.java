package org.doudi.warehouse.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * The samples as the loaders leave them (forms from truth.json's street_report, discipline figures
 * from the sample CSVs, petition cases from truth.json's counts): the findings must be exactly
 * truth.json's discipline_mismatches and petitions_vs_log pairs, no more.
 */
@SpringJUnitConfig(FindingsTestConfiguration.class)
class SamplesTruthTest {

  @TempDir static Path warehouse;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> warehouse.resolve("doudi.duckdb").toString());
  }

  @Autowired JdbcTemplate jdbc;
  @Autowired FindingsEngine engine;
  @Autowired StreetDictionary streets;

  String truth;
  Fixture fixture;

  @BeforeEach
  void loadSamples() throws IOException {
    fixture = new Fixture(jdbc);
    fixture.clear();
    truth =
        read(new PathMatchingResourcePatternResolver().getResource("classpath:samples/truth.json"));
    Map<String, Map<String, Number>> forms = JsonPath.read(truth, "$.street_report");
    forms.forEach(
        (key, figures) -> {
          String[] periodStreet = key.split("\\|");
          Map<Metric, Number> values = new EnumMap<>(Metric.class);
          figures.forEach((metric, value) -> values.put(Metric.byKey(metric).orElseThrow(), value));
          fixture.form(
              periodStreet[0],
              periodStreet[1],
              Period.require(periodStreet[0]).next().firstDay().plusDays(19),
              values);
        });
    for (Resource csv :
        new PathMatchingResourcePatternResolver()
            .getResources("classpath:samples/discipline/*.csv")) {
      List<String> lines = read(csv).lines().filter(l -> !l.isBlank()).toList();
      String[] header = lines.get(0).replace("\uFEFF", "").split(",");
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",");
        Map<Metric, Number> values = new EnumMap<>(Metric.class);
        for (int i = 2; i < header.length; i++) {
          values.put(
              Metric.byKey(header[i].strip()).orElseThrow(), new BigDecimal(cells[i].strip()));
        }
        fixture.discipline(
            Period.require(cells[0]).toString(),
            streets.resolve(cells[1]).orElseThrow().code(),
            values);
      }
    }
    Map<String, Integer> cases = JsonPath.read(truth, "$.petitions.by_period_street");
    cases.forEach(
        (key, count) -> {
          String[] periodStreet = key.split("\\|");
          LocalDate first = Period.require(periodStreet[0]).firstDay();
          fixture.cases(periodStreet[1], first, count);
        });
  }

  @Test
  void samplesYieldExactlyTheDisciplineMismatchesOfTruth() {
    // given
    List<List<String>> expected = JsonPath.read(truth, "$.discipline_mismatches");

    // when
    engine.recomputeAll();

    // then
    List<List<String>> found = new ArrayList<>();
    jdbc.query(
        "SELECT period, street_code, metric FROM finding WHERE rule = 'discipline_mismatch'"
            + " ORDER BY period, street_code, metric",
        rs -> {
          found.add(List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getString(3))));
        });
    assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(found).hasSize(4);
  }

  @Test
  void samplesYieldExactlyThePetitionsVsLogPairsOfTruth() {
    // given
    List<List<String>> expected = JsonPath.read(truth, "$.petitions_vs_log");

    // when
    engine.recomputeAll();

    // then
    List<List<String>> found = new ArrayList<>();
    jdbc.query(
        "SELECT period, street_code FROM finding WHERE rule = 'petitions_vs_log'"
            + " ORDER BY period, street_code",
        rs -> {
          found.add(List.of(rs.getString(1), rs.getString(2)));
        });
    assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(found).hasSize(3);
  }

  private static String read(Resource resource) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
