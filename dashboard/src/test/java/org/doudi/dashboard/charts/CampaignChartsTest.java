package org.doudi.dashboard.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.dashboard.CampaignSamplesTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The leading group's campaign charts over the sample files: every figure equals what the sample
 * files and truth.json say, counted here on their own (truth.json, or SQL over the raw tables), a
 * street clerk gets only the own street, and no answer holds a full ID number.
 */
class CampaignChartsTest extends CampaignSamplesTestBase {

  private static final List<String> KINDS = List.of("renqing", "guanxi", "zhengce", "sanwu");

  private String json(String url, String user) throws Exception {
    String body =
        mvc.perform(get(url).with(as(user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(FULL_ID.matcher(body).find()).as("full ID number in %s", url).isFalse();
    return body;
  }

  private static String truth() throws Exception {
    return new ClassPathResource("campaign-samples/truth.json")
        .getContentAsString(StandardCharsets.UTF_8);
  }

  /** Returns series name → (category → value) of a chart's option. */
  private static Map<String, Map<String, Number>> series(String body) {
    List<String> categories = JsonPath.read(body, "$.option.xAxis.data");
    List<Map<String, Object>> series = JsonPath.read(body, "$.option.series");
    Map<String, Map<String, Number>> byName = new HashMap<>();
    for (Map<String, Object> s : series) {
      @SuppressWarnings("unchecked")
      List<Number> data = (List<Number>) s.get("data");
      Map<String, Number> values = new HashMap<>();
      for (int i = 0; i < categories.size(); i++) {
        values.put(categories.get(i), data.get(i));
      }
      byName.put((String) s.get("name"), values);
    }
    return byName;
  }

  private String name(String code) {
    return jdbc.queryForObject("SELECT name FROM street WHERE code = ?", String.class, code);
  }

  @Test
  void rectificationProgressCountsEachStreetsItemsAsTheLedgersSay() throws Exception {
    // when
    String body = json("/api/charts/rectification", "leader1");
    Map<String, Map<String, Number>> s = series(body);
    // then the two updated ledgers have truth.json's items and statuses
    Map<String, Map<String, Object>> after = JsonPath.read(truth(), "$.ledger.after_update");
    after.forEach(
        (code, expected) -> {
          String street = name(code);
          @SuppressWarnings("unchecked")
          Map<String, Number> statuses = (Map<String, Number>) expected.get("status");
          long items =
              s.values().stream().mapToLong(v -> v.get(street).longValue()).sum()
                  - s.get("超期未销号").get(street).longValue();
          assertThat(items).as(street).isEqualTo(((Number) expected.get("items")).longValue());
          assertThat(s.get("整改中").get(street).longValue())
              .isEqualTo(statuses.get("整改中").longValue());
          assertThat(s.get("已整改").get(street).longValue())
              .isEqualTo(statuses.get("已整改").longValue());
          assertThat(
                  s.get("已销号（待审核）").get(street).longValue()
                      + s.get("已销号（已确认）").get(street).longValue())
              .isEqualTo(statuses.get("已销号").longValue());
        });
    // and every street's overdue items are those past 整改时限 and not 已销号, counted on the table
    List<Map<String, Object>> overdue =
        jdbc.queryForList(
            "SELECT s.name, count(*) FILTER (WHERE r.due_date < current_date AND r.status <> '已销号') AS n"
                + " FROM rectification_record r JOIN street s ON s.code = r.street_code GROUP BY s.name");
    assertThat(overdue).isNotEmpty();
    for (Map<String, Object> row : overdue) {
      assertThat(s.get("超期未销号").get((String) row.get("name")).longValue())
          .as((String) row.get("name"))
          .isEqualTo(((Number) row.get("n")).longValue());
    }
    // and the subtitle counts the days past the campaign's end (2024-12-31)
    long past =
        ChronoUnit.DAYS.between(
            LocalDate.of(2024, 12, 31), LocalDate.now(ZoneId.of("Asia/Shanghai")));
    assertThat((String) JsonPath.read(body, "$.option.title.subtext"))
        .contains("整改销号截止日（2024年12月31日）已过 " + past + " 天");
  }

  @Test
  void registersAgainstTheFormsPerStreetMatchTruth() throws Exception {
    // when the campaign to date (2024-11 to 2024-12) is asked for
    Map<String, Map<String, Number>> s =
        series(json("/api/charts/registers?period=all", "leader1"));
    // then each street's register count is truth.json's, and the form's figure its form's
    Map<String, Number> filings = JsonPath.read(truth(), "$.registries.relative_filings");
    Map<String, Number> custody = JsonPath.read(truth(), "$.registries.card_custody_cases");
    Map<String, Map<String, Number>> forms = JsonPath.read(truth(), "$.street_report");
    Map<String, long[]> expected = new HashMap<>();
    filings.forEach(
        (key, n) ->
            expected.computeIfAbsent(key.split("\\|")[1], k -> new long[4])[0] += n.longValue());
    custody.forEach(
        (key, n) ->
            expected.computeIfAbsent(key.split("\\|")[1], k -> new long[4])[2] += n.longValue());
    forms.forEach(
        (key, figures) -> {
          long[] e = expected.computeIfAbsent(key.split("\\|")[1], k -> new long[4]);
          e[1] += figures.get("relative_filings").longValue();
          e[3] += figures.get("card_custody_cases").longValue();
        });
    assertThat(expected).isNotEmpty();
    expected.forEach(
        (code, e) -> {
          String street = name(code);
          assertThat(s.get("近亲属备案·登记表").get(street).longValue()).as(street).isEqualTo(e[0]);
          assertThat(s.get("近亲属备案数·统计表").get(street).longValue()).as(street).isEqualTo(e[1]);
          assertThat(s.get("卡折代管·登记表").get(street).longValue()).as(street).isEqualTo(e[2]);
          assertThat(s.get("卡折代管案数·统计表").get(street).longValue()).as(street).isEqualTo(e[3]);
        });
  }

  @Test
  void paidAfterRemovalSumsWhatTheRemovedWereStillPaid() throws Exception {
    // given the yuan paid to removed people for a month after their removal's, on the raw tables
    BigDecimal expected =
        jdbc.queryForObject(
            "SELECT sum(p.amount_yuan) FROM removal_record r JOIN payment_record p"
                + " ON p.recipient_key = r.person_key AND p.period > strftime(r.removed_date, '%Y-%m')",
            BigDecimal.class);
    // when
    String body = json("/api/charts/paid-after-removal?period=all", "leader1");
    // then the series are truth.json's streets with a planted payment after removal
    List<List<String>> planted = JsonPath.read(truth(), "$.payments.paid_after_removal");
    List<String> names = JsonPath.read(body, "$.option.series[*].name");
    assertThat(names)
        .containsExactlyInAnyOrderElementsOf(
            planted.stream().map(p -> name(p.get(0))).distinct().toList());
    List<Number> all = JsonPath.read(body, "$.option.series[*].data[*]");
    BigDecimal sum =
        all.stream()
            .map(n -> new BigDecimal(n.toString()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(expected).isPositive();
    assertThat(sum).isEqualByComparingTo(expected);
    assertThat((String) JsonPath.read(body, "$.option.title.subtext"))
        .contains(String.format("%,.2f", expected));
  }

  @Test
  void removalsConfirmedByAListAreTheSmallerOfListAndFormPerKind() throws Exception {
    // when December is asked for
    Map<String, Map<String, Number>> s =
        series(json("/api/charts/removal-lists?period=2024-12", "leader1"));
    // then per street: confirmed = Σ min(form, list) over kinds, from truth.json
    Map<String, Map<String, Number>> removals = JsonPath.read(truth(), "$.payments.removals");
    Map<String, Map<String, Number>> forms = JsonPath.read(truth(), "$.street_report");
    forms.forEach(
        (key, figures) -> {
          String[] periodStreet = key.split("\\|");
          if (!periodStreet[0].equals("2024-12")) {
            return;
          }
          long form = 0;
          long confirmed = 0;
          long listed = 0;
          for (String kind : KINDS) {
            long f = figures.get(kind + "_removed").longValue();
            Map<String, Number> list = removals.get("2024-12|" + periodStreet[1] + "|" + kind);
            long l = list == null ? 0 : list.get("count").longValue();
            form += f;
            listed += l;
            confirmed += Math.min(f, l);
          }
          String street =
              s.get("清退名单印证").keySet().stream()
                  .filter(n -> n.startsWith(name(periodStreet[1])))
                  .findFirst()
                  .orElseThrow();
          assertThat(s.get("清退名单印证").get(street).longValue()).as(street).isEqualTo(confirmed);
          assertThat(s.get("仅凭统计表（无名单印证）").get(street).longValue()).isEqualTo(form - confirmed);
          assertThat(s.get("名单多于统计表").get(street).longValue()).isEqualTo(listed - confirmed);
        });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/charts/rectification",
        "/api/charts/registers?period=all",
        "/api/charts/paid-after-removal?period=all",
        "/api/charts/removal-lists?period=all"
      })
  void aStreetClerkGetsOnlyTheOwnStreet(String url) throws Exception {
    // when clerk2 (石泉路街道) asks for the district, and for another street
    String body = json(url, "clerk2");
    String other = url + (url.contains("?") ? "&" : "?") + "street=changshoulu";
    // then only 石泉路街道 is in the answer, and naming another street is refused
    assertThat(body).contains("石泉路").doesNotContain("长寿路").doesNotContain("曹杨");
    mvc.perform(get(other).with(as("clerk2"))).andExpect(status().isForbidden());
  }

  @Test
  void theOverviewAndStreetPageDrawTheCampaignCharts() throws Exception {
    // when
    String overview =
        mvc.perform(get("/").with(as("leader1")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String street =
        mvc.perform(get("/streets/shiquanlu").with(as("clerk2")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    // then
    assertThat(overview)
        .contains(
            "/api/charts/rectification",
            "/api/charts/registers",
            "/api/charts/paid-after-removal",
            "/api/charts/removal-lists");
    assertThat(street).contains("/api/charts/rectification?street=shiquanlu");
    mvc.perform(get("/streets/changshoulu").with(as("clerk2"))).andExpect(status().isForbidden());
  }
}
