package org.doudi.warehouse.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doudi.warehouse.dictionary.StreetAccess.all;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doudi.warehouse.Page;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.findings.FindingsEngine;
import org.doudi.warehouse.load.WriteResult;
import org.doudi.warehouse.money.MoneyQueries;
import org.doudi.warehouse.money.PaymentRepository;
import org.doudi.warehouse.money.PaymentRow;
import org.doudi.warehouse.money.RemovalRepository;
import org.doudi.warehouse.personal.PersonalDataKeys;
import org.doudi.warehouse.rectification.LedgerRepository;
import org.doudi.warehouse.registry.RegisterQueries;
import org.doudi.warehouse.registry.RegisterRow;
import org.doudi.warehouse.registry.RegistryRepository;
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
 * The campaign's sample files (registers, removal lists, payment ledgers, rectification ledgers)
 * written through the warehouse's writers, with the forms of truth.json's street_report: the views
 * hold exactly truth.json's counts and sums, the findings are exactly the planted breaches, and no
 * view or table holds an unmasked ID number.
 */
@SpringJUnitConfig(CampaignTestConfiguration.class)
class CampaignSamplesTruthTest {

  @TempDir static Path warehouse;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> warehouse.resolve("doudi.duckdb").toString());
  }

  private static final Pattern MASKED_ID = Pattern.compile("\\d{4}\\*{10}[\\dX]{4}");
  private static final PathMatchingResourcePatternResolver FILES =
      new PathMatchingResourcePatternResolver();

  @Autowired JdbcTemplate jdbc;
  @Autowired FindingsEngine engine;
  @Autowired StreetDictionary streets;
  @Autowired RegistryRepository registers;
  @Autowired RegisterQueries registerQueries;
  @Autowired RemovalRepository removals;
  @Autowired PaymentRepository payments;
  @Autowired LedgerRepository ledgers;
  @Autowired MoneyQueries money;

  String truth;
  SampleRows samples;

  /** Whether the samples are in the warehouse: they are written once for the class (slow). */
  static boolean loaded;

  @BeforeEach
  void loadSamples() throws IOException {
    truth = read(FILES.getResource("classpath:samples/truth.json"));
    samples = new SampleRows(streets);
    if (loaded) {
      return;
    }
    for (String table :
        List.of(
            "finding_event",
            "finding_record",
            "street_form",
            "relative_filing_record",
            "card_custody_record",
            "removal_record",
            "payment_record",
            "rectification_event",
            "rectification_record")) {
      jdbc.execute("DELETE FROM " + table);
    }
    Map<String, Map<String, Number>> forms = JsonPath.read(truth, "$.street_report");
    forms.forEach(
        (key, figures) -> {
          String[] periodStreet = key.split("\\|");
          List<Object> values = new ArrayList<>(List.of(periodStreet[0], periodStreet[1]));
          for (Metric metric : Metric.values()) {
            values.add(figures.get(metric.key()));
          }
          jdbc.update(
              "INSERT INTO street_form (period, street_code, version, "
                  + Metric.columns()
                  + ") VALUES (?, ?, 1"
                  + ", ?".repeat(Metric.values().length)
                  + ")",
              values.toArray());
        });
    for (Resource f : files("registries/*近亲属备案登记表*")) {
      registers.writeRelatives(all(), samples.relatives(f), null, "test");
    }
    for (Resource f : files("registries/*卡折代管登记表*")) {
      registers.writeCustody(all(), samples.custody(f), null, "test");
    }
    for (Resource f : files("payments/*清退名单*")) {
      removals.write(all(), samples.removals(f), null, "test");
    }
    for (Resource f : files("payments/*资金发放台账*")) {
      payments.write(all(), samples.payments(f), null, "test");
    }
    writeLedgers("ledgers/*");
    loaded = true;
  }

  private void writeLedgers(String pattern) throws IOException {
    for (Resource f : files(pattern)) {
      ledgers.write(all(), samples.streetOfFileName(f), samples.ledger(f), null, "test");
    }
  }

  @Test
  void registersHoldTruthsCountsPerStreetAndMonth() {
    // given
    Map<String, Integer> filings = nonZero(JsonPath.read(truth, "$.registries.relative_filings"));
    Map<String, Integer> custody = nonZero(JsonPath.read(truth, "$.registries.card_custody_cases"));

    // when
    Map<String, Integer> filed = countBy("relative_filing", "period || '|' || street_code");
    Map<String, Integer> registered = countBy("card_custody", "period || '|' || street_code");

    // then
    assertThat(filed).isEqualTo(filings);
    assertThat(registered).isEqualTo(custody);
    assertThat(filed.values().stream().mapToInt(i -> i).sum())
        .isEqualTo((Integer) JsonPath.read(truth, "$.registries.rows.relatives"));
    assertThat(registered.values().stream().mapToInt(i -> i).sum())
        .isEqualTo((Integer) JsonPath.read(truth, "$.registries.rows.custody"));
  }

  @Test
  void aRegisterSentAgainUpdatesItsRowsAndNeverDoublesThem() throws IOException {
    // when
    long added = 0;
    long updated = 0;
    for (Resource f : files("registries/*卡折代管登记表*")) {
      WriteResult result = registers.writeCustody(all(), samples.custody(f), null, "test");
      added += result.added();
      updated += result.updated();
    }

    // then
    assertThat(added).isZero();
    assertThat(updated).isEqualTo(55);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM card_custody", Integer.class))
        .isEqualTo(55);
  }

  @Test
  void aStreetReadsOnlyItsOwnRegistersAndCannotWriteAnotherStreetsRows() throws IOException {
    // given
    Map<String, Integer> filings = JsonPath.read(truth, "$.registries.relative_filings");
    StreetAccess wanli = StreetAccess.of("wanli");
    List<org.doudi.warehouse.registry.CardCustody> taopu =
        samples.custody(files("registries/桃浦镇卡折代管登记表*")[0]);

    // when
    Page<RegisterRow> own = registerQueries.relatives(wanli, null, 100, 0);
    Page<RegisterRow> december = registerQueries.relatives(all(), Period.of(2024, 12), 5, 0);

    // then
    assertThat(own.total()).isEqualTo(filings.get("2024-11|wanli") + filings.get("2024-12|wanli"));
    assertThat(own.rows()).extracting(RegisterRow::streetCode).containsOnly("wanli");
    assertThat(own.rows())
        .extracting(RegisterRow::personIdMasked)
        .allMatch(id -> MASKED_ID.matcher(id).matches());
    assertThat(december.total())
        .isEqualTo(
            filings.entrySet().stream()
                .filter(e -> e.getKey().startsWith("2024-12"))
                .mapToInt(Map.Entry::getValue)
                .sum());
    assertThat(december.rows()).hasSize(5);
    assertThat(registerQueries.custodyCasesByMonth(wanli).keySet())
        .allMatch(k -> k.endsWith("|wanli"));
    assertThatThrownBy(() -> registers.writeCustody(wanli, taopu, null, "wanli-clerk"))
        .hasMessage("第 2 行：只能导入本街镇的登记表，该行属于其他街镇");
  }

  @Test
  void removalListsAndPaymentsHoldTruthsCountsAndSums() throws IOException {
    // given
    Map<String, Map<String, Number>> expected = JsonPath.read(truth, "$.payments.removals");
    Map<String, Integer> perMonth = JsonPath.read(truth, "$.payments.per_month");

    // when
    Map<String, String> listed = new TreeMap<>();
    jdbc.query(
        "SELECT period || '|' || street_code || '|' || kind, count(*), sum(recovered_yuan)"
            + " FROM removal GROUP BY ALL",
        rs -> {
          listed.put(
              rs.getString(1),
              rs.getInt(2) + " " + rs.getBigDecimal(3).stripTrailingZeros().toPlainString());
        });
    Map<String, Integer> paid = countBy("payment", "period || '|' || street_code");
    for (Resource f : files("payments/*资金发放台账*")) {
      payments.write(all(), samples.payments(f), null, "test");
    }

    // then
    Map<String, String> truthListed = new TreeMap<>();
    expected.forEach(
        (key, v) -> {
          if (v.get("count").intValue() > 0) {
            truthListed.put(
                key,
                v.get("count")
                    + " "
                    + new BigDecimal(v.get("yuan").toString())
                        .stripTrailingZeros()
                        .toPlainString());
          }
        });
    assertThat(listed).isEqualTo(truthListed);
    assertThat(paid).isEqualTo(nonZero(perMonth));
    assertThat(countBy("payment", "period || '|' || street_code"))
        .as("a payment file sent again replaces its months")
        .isEqualTo(paid);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM payment", Integer.class))
        .isEqualTo((Integer) JsonPath.read(truth, "$.payments.rows.payments"));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM removal", Integer.class))
        .isEqualTo((Integer) JsonPath.read(truth, "$.payments.rows.removals"));
  }

  @Test
  void ledgersHoldTruthsItemsAndStatusesAndALaterLedgerUpdatesBySerialNumber() throws IOException {
    // given
    Map<String, Integer> items = JsonPath.read(truth, "$.ledger.items");
    Map<String, Map<String, Integer>> statuses = JsonPath.read(truth, "$.ledger.status");
    Map<String, Map<String, Object>> after = JsonPath.read(truth, "$.ledger.after_update");

    // when
    Map<String, Integer> loaded = countBy("rectification_item", "street_code");
    Map<String, Integer> byStatus = countBy("rectification_item", "street_code || '|' || status");
    writeLedgers("ledgers-updated/*");
    Map<String, Integer> updated = countBy("rectification_item", "street_code");
    Map<String, Integer> updatedByStatus =
        countBy("rectification_item", "street_code || '|' || status");

    // then
    assertThat(loaded).isEqualTo(items);
    assertThat(byStatus).isEqualTo(statusCounts(statuses));
    after.forEach(
        (street, expected) -> {
          assertThat(updated.get(street)).as(street).isEqualTo(expected.get("items"));
          @SuppressWarnings("unchecked")
          Map<String, Integer> s = (Map<String, Integer>) expected.get("status");
          s.forEach(
              (status, n) ->
                  assertThat(updatedByStatus.getOrDefault(street + "|" + status, 0))
                      .as(street + " " + status)
                      .isEqualTo(n));
        });
    assertThat(
            jdbc.queryForList(
                "SELECT note FROM rectification_event e JOIN rectification_record r ON r.id = e.item_id"
                    + " WHERE r.street_code = 'wanli' AND r.row_no = 2 AND e.action = 'updated'",
                String.class))
        .containsExactly("整改台账更新：整改成效：（空） → 已完成；整改状态：整改中 → 已销号；销号日期：（空） → 2024-12-21");
    assertThat(
            jdbc.queryForObject(
                "SELECT review FROM rectification_item WHERE street_code = 'wanli' AND row_no = 2",
                String.class))
        .isEqualTo("待审核");
    // the other tests read the first ledgers
    jdbc.execute("DELETE FROM rectification_event");
    jdbc.execute("DELETE FROM rectification_record");
    writeLedgers("ledgers/*");
  }

  @Test
  void findingsAreExactlyThePlantedBreaches() {
    // when
    engine.recomputeAll();

    // then
    assertThat(keys("registry_mismatch"))
        .containsExactlyInAnyOrderElementsOf(
            JsonPath.<List<List<String>>>read(truth, "$.registries.registry_mismatch"));
    assertThat(keys("removal_list_mismatch"))
        .containsExactlyInAnyOrderElementsOf(
            JsonPath.<List<List<String>>>read(truth, "$.payments.removal_list_mismatch"));
    for (String rule :
        List.of(
            "custody_without_consent",
            "custody_not_filed",
            "relative_file_not_separate",
            "custody_conflict_of_interest")) {
      assertThat(people(rule)).as(rule).isEqualTo(expectedPeople("$.registries." + rule));
    }
    for (String rule : List.of("paid_after_removal", "payee_not_recipient", "double_payment")) {
      assertThat(people(rule)).as(rule).isEqualTo(expectedPeople("$.payments." + rule));
    }
    assertThat(
            jdbc.queryForList(
                "SELECT DISTINCT severity FROM finding WHERE rule IN ('custody_without_consent',"
                    + " 'paid_after_removal', 'payee_not_recipient')",
                String.class))
        .containsExactly("high");
  }

  @Test
  void rectificationOverdueNamesEveryOpenItemPastItsDeadline() {
    // given: truth's deadlines and statuses, against the stopped clock (2025-03-01)
    Map<String, Map<String, List<String>>> deadlines = JsonPath.read(truth, "$.ledger.deadlines");
    Map<String, Integer> expected = new TreeMap<>();
    deadlines.forEach(
        (street, rows) ->
            rows.forEach(
                (rowNo, dueAndStatus) -> {
                  if (!"已销号".equals(dueAndStatus.get(1))
                      && SampleRows.date(dueAndStatus.get(0))
                          .isBefore(java.time.LocalDate.of(2025, 3, 1))) {
                    expected.merge(
                        SampleRows.date(dueAndStatus.get(0)).toString().substring(0, 7)
                            + "|"
                            + street,
                        1,
                        Integer::sum);
                  }
                }));

    // when
    engine.recomputeAll();

    // then
    Map<String, Integer> found = new TreeMap<>();
    jdbc.query(
        "SELECT period || '|' || street_code, street_value FROM finding WHERE rule = 'rectification_overdue'",
        rs -> {
          found.put(rs.getString(1), rs.getInt(2));
        });
    assertThat(found).isEqualTo(expected);
  }

  @Test
  void thePaymentsBehindAFindingAreListedMaskedWithinTheStreet() {
    // when
    Page<PaymentRow> afterRemoval =
        money.payments(
            StreetAccess.of("shiquanlu"), null, MoneyQueries.Filter.AFTER_REMOVAL, 10, 0);
    Page<PaymentRow> toOthers =
        money.payments(all(), Period.of(2024, 12), MoneyQueries.Filter.PAYEE_NOT_RECIPIENT, 10, 0);
    Page<PaymentRow> otherStreet =
        money.payments(StreetAccess.of("wanli"), null, MoneyQueries.Filter.DOUBLE, 10, 0);

    // then
    assertThat(afterRemoval.rows())
        .extracting(
            r ->
                r.period()
                    + " "
                    + r.recipientNameMasked()
                    + " "
                    + r.recipientIdMasked()
                    + " "
                    + r.amountYuan())
        .containsExactly("2024-12 郭* 3101**********1617 1510.00");
    assertThat(toOthers.rows())
        .extracting(r -> r.streetCode() + " " + r.recipientIdMasked() + " " + r.payeeNameMasked())
        .containsExactly("ganquanlu 3101**********4743 李*");
    assertThat(otherStreet.total()).isZero();
  }

  @Test
  void noViewTableOrFindingHoldsAnUnmaskedIdNumber() {
    // when
    engine.recomputeAll();

    // then
    for (String relation :
        List.of(
            "relative_filing",
            "card_custody",
            "removal",
            "payment",
            "rectification_item",
            "finding",
            "relative_filing_record",
            "card_custody_record",
            "removal_record",
            "payment_record",
            "rectification_record")) {
      Integer rows = jdbc.queryForObject("SELECT count(*) FROM " + relation, Integer.class);
      Integer leaking =
          jdbc.queryForObject(
              "SELECT count(*) FROM "
                  + relation
                  + " t"
                  + " WHERE regexp_matches(CAST(t AS VARCHAR), '[0-9]{6}(19|20)[0-9]{2}[01][0-9][0-3][0-9][0-9]{3}[0-9X]')",
              Integer.class);
      assertThat(rows).as(relation).isPositive();
      assertThat(leaking).as(relation).isZero();
    }
  }

  private String message(String rule, String street) {
    return jdbc.queryForObject(
        "SELECT message FROM finding WHERE rule = ? AND street_code = ?",
        String.class,
        rule,
        street);
  }

  private List<List<String>> keys(String rule) {
    return jdbc.query(
        "SELECT period, street_code, metric FROM finding WHERE rule = ?",
        (rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)),
        rule);
  }

  /** Returns street|masked ID of everyone a rule's messages name. */
  private Set<String> people(String rule) {
    Set<String> named = new TreeSet<>();
    jdbc.query(
        "SELECT street_code, message FROM finding WHERE rule = ?",
        rs -> {
          Matcher m = MASKED_ID.matcher(rs.getString(2));
          while (m.find()) {
            named.add(rs.getString(1) + "|" + m.group());
          }
        },
        rule);
    return named;
  }

  private Set<String> expectedPeople(String path) {
    Set<String> expected = new TreeSet<>();
    for (List<String> streetAndId : JsonPath.<List<List<String>>>read(truth, path)) {
      expected.add(streetAndId.get(0) + "|" + PersonalDataKeys.maskId(streetAndId.get(1)));
    }
    assertThat(expected).as(path).isNotEmpty();
    return expected;
  }

  private Map<String, Integer> countBy(String view, String key) {
    Map<String, Integer> counts = new TreeMap<>();
    jdbc.query(
        "SELECT " + key + ", count(*) FROM " + view + " GROUP BY ALL",
        rs -> {
          counts.put(rs.getString(1), rs.getInt(2));
        });
    return counts;
  }

  private static Map<String, Integer> nonZero(Map<String, Integer> counts) {
    Map<String, Integer> kept = new TreeMap<>();
    counts.forEach(
        (k, v) -> {
          if (v > 0) {
            kept.put(k, v);
          }
        });
    return kept;
  }

  private static Map<String, Integer> statusCounts(Map<String, Map<String, Integer>> statuses) {
    Map<String, Integer> counts = new TreeMap<>();
    statuses.forEach(
        (street, s) ->
            s.forEach(
                (status, n) -> {
                  if (n > 0) {
                    counts.put(street + "|" + status, n);
                  }
                }));
    return counts;
  }

  private static Resource[] files(String pattern) throws IOException {
    return FILES.getResources("classpath:samples/" + pattern);
  }

  private static String read(Resource resource) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
