package org.doudi.etl.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.warehouse.InstanceSettings;
import org.doudi.warehouse.WarehouseConfiguration;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.figures.FigureVersion;
import org.doudi.warehouse.load.LoadCompleted;
import org.doudi.warehouse.load.LoadKind;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

@SpringJUnitConfig(DemoDataGeneratorTest.Config.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataGeneratorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  private static final Period LAST = Period.of(2026, 10);

  @TempDir static Path dir;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> dir.resolve("doudi.duckdb").toString());
  }

  @Configuration
  @Import(WarehouseConfiguration.class)
  @ComponentScan(
      basePackageClasses = {InstanceSettings.class, DemoDataGenerator.class, Events.class})
  static class Config {

    /** The day the demo is loaded: the figures depend on which fill dates have passed. */
    @Bean
    @Primary
    Clock loadDay() {
      return Clock.fixed(
          TODAY.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
          ZoneId.of("Asia/Shanghai"));
    }
  }

  @Component
  static class Events {
    final List<LoadCompleted> received = new ArrayList<>();

    @EventListener
    void on(LoadCompleted event) {
      received.add(event);
    }
  }

  @Autowired DemoDataGenerator generator;
  @Autowired JdbcTemplate jdbc;
  @Autowired InstanceSettings settings;
  @Autowired Events events;

  @Test
  void sameSeedGivesTheSameRowsAndAnotherSeedOtherRows() {
    // given
    DemoDataSet first = generator.generate(42, LAST, 24, TODAY);

    // when
    DemoDataSet again = generator.generate(42, LAST, 24, TODAY);
    DemoDataSet other = generator.generate(43, LAST, 24, TODAY);

    // then
    assertThat(again.forms()).isEqualTo(first.forms());
    assertThat(again.discipline()).isEqualTo(first.discipline());
    assertThat(again.cases()).isEqualTo(first.cases());
    assertThat(other.cases()).isNotEqualTo(first.cases());
  }

  @Test
  void generatesTenStreetsOverTwentyFourMonthsWithTensOfThousandsOfMaskedCases() {
    // when
    DemoDataSet set = generator.generate(DemoDataGenerator.SEED, LAST, 24, TODAY);

    // then
    assertThat(set.periods()).hasSize(24).first().isEqualTo(Period.of(2024, 11));
    assertThat(set.forms().stream().map(FigureVersion::streetCode).distinct()).hasSize(10);
    assertThat(set.cases().size()).isBetween(20_000, 60_000);
    assertThat(set.cases().stream().map(DemoCase::caseNo).distinct().count())
        .isEqualTo(set.cases().size());
    assertThat(set.cases())
        .allSatisfy(
            c -> {
              assertThat(c.receivedDate()).isBeforeOrEqualTo(TODAY);
              if (c.realName()) {
                assertThat(c.complainantMasked()).matches("\\p{IsHan}\\*{1,2}");
                assertThat(c.idNoMasked()).matches("3101\\*{10}\\d{3}[\\dX]");
                assertThat(c.complainantKey()).matches("[0-9a-f]{32}");
              } else {
                assertThat(c.complainantMasked()).isNull();
              }
              if (c.phoneMasked() != null) {
                assertThat(c.phoneMasked()).matches("1\\d{2}\\*{4}\\d{4}");
              }
            });
    assertThat(set.cases().stream().map(DemoCase::channel).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("12345热线", "来电", "网上信访", "来访", "来信");
  }

  @Test
  void plantsAFewLateMissingResubmittedAndMismatchedForms() {
    // when
    DemoDataSet set = generator.generate(DemoDataGenerator.SEED, LAST, 24, TODAY);

    // then
    long late =
        set.forms().stream()
            .filter(f -> f.fillDate().isAfter(f.period().next().month().atDay(25)))
            .map(f -> f.period() + f.streetCode())
            .distinct()
            .count();
    assertThat(late).isBetween(5L, 15L);
    long latest =
        set.forms().stream().map(f -> f.period() + "/" + f.streetCode()).distinct().count();
    assertThat(240 - latest).isBetween(3L, 8L);
    assertThat(set.forms().stream().filter(f -> f.version() == 2)).hasSizeBetween(5, 6);

    Map<String, FigureVersion> latestForm = new HashMap<>();
    set.forms().forEach(f -> latestForm.merge(f.period() + "/" + f.streetCode(), f, (a, b) -> b));
    long mismatched =
        set.discipline().stream()
            .filter(
                d -> {
                  FigureVersion form = latestForm.get(d.period() + "/" + d.streetCode());
                  return form != null && !form.figures().equals(d.figures());
                })
            .count();
    assertThat(mismatched).isBetween(3L, 10L);

    Map<String, Long> logCounts =
        set.cases().stream()
            .collect(
                Collectors.groupingBy(
                    c -> Period.of(c.receivedDate()) + "/" + c.streetCode(),
                    Collectors.counting()));
    long disagreeWithLog =
        latestForm.values().stream()
            .filter(
                f ->
                    f.figures().get(Metric.PETITIONS_HANDLED).longValue()
                        != logCounts.getOrDefault(f.period() + "/" + f.streetCode(), 0L))
            .count();
    assertThat(disagreeWithLog).isBetween(2L, 8L);
  }

  @Test
  void loadWritesTheViewsRecordsTheLoadAndAnnouncesThePeriods() {
    // given
    assertThat(settings.warehouseEmpty()).isTrue();

    // when
    DemoLoad load = generator.load();

    // then
    assertThat(settings.warehouseEmpty()).isFalse();
    assertThat(settings.demoData()).isTrue();
    assertThat(count("petition")).isEqualTo(load.cases());
    assertThat(count("street_form")).isEqualTo(load.forms());
    assertThat(count("discipline_report")).isEqualTo(load.disciplineRows());
    assertThat(count("street_report")).isBetween(230L, 238L);
    assertThat(count("district_month")).isEqualTo(24L);
    assertThat(
            jdbc.queryForList(
                "SELECT kind || ' ' || status || ' ' || rows_loaded FROM load_log", String.class))
        .containsExactly("demo loaded " + (load.forms() + load.disciplineRows() + load.cases()));
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM petition_case WHERE load_id = ? AND issues IS NOT NULL",
                Long.class,
                load.loadId()))
        .isPositive();
    assertThat(events.received)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(LoadKind.DEMO);
              assertThat(e.periods()).hasSize(24);
            });
    Set<String> streetsInView =
        Set.copyOf(jdbc.queryForList("SELECT DISTINCT street_name FROM petition", String.class));
    assertThat(streetsInView).contains("长寿路街道", "桃浦镇");
    // the ledger: every real-name complaint, most old ones verified, a few open past the limit
    long complaints = count("petition WHERE real_name AND category = '投诉举报'");
    assertThat(count("complaint_ledger")).isEqualTo(complaints);
    assertThat(jdbc.queryForList("SELECT DISTINCT state FROM complaint_ledger", String.class))
        .containsExactlyInAnyOrder("待核实", "核实中", "属实", "部分属实", "不属实");
    assertThat(count("complaint_ledger WHERE state IN ('属实', '部分属实', '不属实')"))
        .isGreaterThan(complaints * 3 / 4);
    assertThat(count("complaint_ledger WHERE overdue")).isPositive().isLessThan(complaints / 5);
    // each item's state and note are those of its latest move, which came after the complaint
    assertThat(
            count(
                "complaint_ledger_item i JOIN petition p USING (case_no) WHERE i.updated_at <>"
                    + " (SELECT max(e.occurred_at) FROM complaint_ledger_event e"
                    + " WHERE e.case_no = i.case_no) OR i.state <> (SELECT arg_max(e.to_state,"
                    + " e.occurred_at) FROM complaint_ledger_event e WHERE e.case_no = i.case_no)"
                    + " OR CAST(i.updated_at AS DATE) <= p.received_date"
                    + " OR (i.verified_at IS NULL) <> (i.state = '核实中')"))
        .isZero();
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void theCampaignsRowsAgreeWithTheFormsAndAreMaskedAsALoadsAre() {
    // given the demo loaded once (by the load test before this one, or here when run alone)
    if (!settings.demoData()) {
      generator.load();
    }
    // then the removal lists hold, street by street and month by month, the removals the latest
    // forms report for the campaign's months
    long mismatched =
        count(
            "(SELECT f.period, f.street_code, f.renqing_removed + f.guanxi_removed"
                + " + f.zhengce_removed + f.sanwu_removed AS reported,"
                + " (SELECT count(*) FROM removal_record r WHERE r.street_code = f.street_code"
                + " AND strftime(r.removed_date, '%Y-%m') = f.period) AS listed"
                + " FROM street_report f WHERE f.period IN (SELECT DISTINCT"
                + " strftime(removed_date, '%Y-%m') FROM removal_record)) WHERE reported <> listed");
    assertThat(count("removal_record")).isPositive();
    assertThat(mismatched).isZero();
    // payments, registers and problems are there, every person masked and keyed, under the demo
    assertThat(count("payment_record")).isPositive();
    assertThat(count("relative_filing_record")).isPositive();
    assertThat(count("card_custody_record")).isPositive();
    assertThat(count("rectification_record")).isPositive();
    assertThat(
            count(
                "removal_record WHERE load_id NOT IN (SELECT id FROM load_log WHERE kind = 'demo')"
                    + " OR NOT regexp_full_match(id_masked, '3101\\*{10}\\d{3}[\\dX]')"
                    + " OR length(person_key) <> 64"))
        .isZero();
  }

  private long count(String table) {
    return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
  }
}
