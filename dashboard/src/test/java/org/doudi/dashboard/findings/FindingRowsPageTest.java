package org.doudi.dashboard.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.doudi.dashboard.CampaignSamplesTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A money or register finding's page lists the rows behind it over the sample files: masked, with
 * the total counted here on the raw tables, paged, and only for those who may see that street.
 */
class FindingRowsPageTest extends CampaignSamplesTestBase {

  private Map<String, Object> finding(String rule) {
    return jdbc.queryForMap(
        "SELECT finding_id AS id, period, street_code FROM finding WHERE rule = ? ORDER BY finding_id LIMIT 1",
        rule);
  }

  private String page(String url, String user) throws Exception {
    String body =
        mvc.perform(get(url).with(as(user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(FULL_ID.matcher(body).find()).as("full ID number on %s", url).isFalse();
    return body;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "paid_after_removal|SELECT count(*) FROM payment_record p JOIN removal_record r ON r.person_key = p.recipient_key"
            + " WHERE r.street_code = ? AND strftime(r.removed_date, '%Y-%m') = ?"
            + " AND p.period > strftime(r.removed_date, '%Y-%m')",
        "payee_not_recipient|SELECT count(*) FROM payment_record p WHERE p.street_code = ? AND p.period = ?"
            + " AND p.payee_key <> p.recipient_key AND NOT EXISTS (SELECT 1 FROM card_custody_record c"
            + " WHERE c.recipient_key = p.recipient_key AND c.custodian_key = p.payee_key)",
        "double_payment|SELECT count(*) FROM payment_record p WHERE p.street_code = ? AND p.period = ?"
            + " AND (SELECT count(*) FROM payment_record q WHERE q.recipient_key = p.recipient_key"
            + " AND q.period = p.period AND q.program = p.program) > 1"
      })
  void aMoneyFindingListsThePaymentsBehindItMaskedWithTheirTotal(String rule, String count)
      throws Exception {
    // given the first finding of the rule and the payments behind it, counted on the raw table
    Map<String, Object> f = finding(rule);
    Long expected = jdbc.queryForObject(count, Long.class, f.get("street_code"), f.get("period"));
    // when
    String body = page("/findings/" + f.get("id"), "analyst1");
    // then
    assertThat(expected).isPositive();
    assertThat(body).contains("id=\"finding-payments\"").contains("共 " + expected + " 条");
    assertThat(body).containsPattern("\\d{4}\\*{10}[\\dX]{4}");
  }

  @Test
  void aRegisterFindingShowsTheMonthsRegisterToTheWorkTeamAndOnlyItsCountToLeaders()
      throws Exception {
    // given
    Map<String, Object> f = finding("custody_without_consent");
    Long expected =
        jdbc.queryForObject(
            "SELECT count(*) FROM card_custody_record WHERE street_code = ?"
                + " AND strftime(registered_date, '%Y-%m') = ?",
            Long.class, f.get("street_code"), f.get("period"));
    // when
    String team = page("/findings/" + f.get("id"), "analyst1");
    String leader = page("/findings/" + f.get("id"), "leader1");
    // then
    assertThat(team).contains("id=\"finding-register\"").contains("共 " + expected + " 条，当前第");
    assertThat(team).contains("<th>代管人身份</th>");
    assertThat(leader).contains("共 " + expected + " 条。登记表明细仅工作专班和本街镇可以查看。");
    assertThat(leader).doesNotContain("<th>代管人身份</th>");
  }

  @Test
  void aClerkOfAnotherStreetIsRefusedAndTheOwnStreetsClerkSeesTheRows() throws Exception {
    // given a payment finding of 石泉路街道 (clerk2's street)
    Map<String, Object> f =
        jdbc.queryForMap(
            "SELECT finding_id AS id FROM finding WHERE rule = 'paid_after_removal' AND street_code = 'shiquanlu'");
    // then
    mvc.perform(get("/findings/" + f.get("id")).with(as("clerk1")))
        .andExpect(status().isForbidden());
    assertThat(page("/findings/" + f.get("id"), "clerk2")).contains("id=\"finding-payments\"");
  }

  @Test
  void pagesBeyondTheFirstKeepTheTotal() throws Exception {
    // given a page size of 20 and the first finding of the rule with the most rows
    Map<String, Object> f = finding("payee_not_recipient");
    // when a page far beyond the list is asked for
    String body = page("/findings/" + f.get("id") + "?page=99", "analyst1");
    // then the page is the list's last, still stating the total
    assertThat(body).contains("共 ").contains("（第 1/1 页）");
  }
}
