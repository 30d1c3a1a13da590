package org.doudi.warehouse.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The campaign's five views through the gateway: the work team's question "who in this street was
 * paid after removal, and how much" answered without raw tables, and every view described in
 * Chinese for the schema browser.
 */
class CampaignViewsGatewayTest {

  @TempDir Path folder;
  TestWarehouse warehouse;

  @BeforeEach
  void open() {
    warehouse = TestWarehouse.withFixture(folder);
    warehouse.jdbc.execute(
        "INSERT INTO removal_record (street_code, row_no, name_masked, id_masked, person_key, program,"
            + " kind, removed_date, recovered_yuan) VALUES"
            + " ('shiquanlu', 1, '郭*', '3101**********1617', 'aa01', '低保', 'guanxi', DATE '2024-11-15', 3020)");
    warehouse.jdbc.execute(
        "INSERT INTO payment_record (street_code, period, recipient_name_masked, recipient_id_masked,"
            + " recipient_key, program, amount_yuan, payee_name_masked, payee_id_masked, payee_key, paid_date)"
            + " VALUES ('shiquanlu', '2024-11', '郭*', '3101**********1617', 'aa01', '低保', 1510, '郭*',"
            + " '3101**********1617', 'aa01', DATE '2024-11-05'),"
            + " ('shiquanlu', '2024-12', '郭*', '3101**********1617', 'aa01', '低保', 1510, '郭*',"
            + " '3101**********1617', 'aa01', DATE '2024-12-05'),"
            + " ('shiquanlu', '2025-01', '郭*', '3101**********1617', 'aa01', '低保', 1510, '黄*',"
            + " '3101**********8303', 'bb02', DATE '2025-01-05')");
  }

  @AfterEach
  void close() {
    warehouse.close();
  }

  @Test
  void whoInAStreetWasPaidAfterRemovalAndHowMuch() {
    // given
    String sql =
        "SELECT r.name_masked, r.id_masked, count(*) AS months, sum(p.amount_yuan) AS paid,"
            + " sum(CASE WHEN p.payee_is_recipient THEN 0 ELSE 1 END) AS to_others"
            + " FROM removal r JOIN payment p ON p.recipient_key = r.person_key AND p.period > r.period"
            + " WHERE r.street_code = 'shiquanlu' GROUP BY r.name_masked, r.id_masked";

    // when
    QueryResult result = warehouse.gateway.query("analyst", Channel.CONSOLE, sql);

    // then
    assertThat(TestWarehouse.rows(result))
        .containsExactly(List.of("郭*", "3101**********1617", "2", "3020", "1"));
  }

  @Test
  void theFiveViewsAreListedWithChineseDescriptionsOfEveryColumn() {
    // when
    AnalysisCatalog catalog = warehouse.gateway.catalog();

    // then
    for (String view :
        List.of("relative_filing", "card_custody", "removal", "payment", "rectification_item")) {
      AnalysisCatalog.View found =
          catalog.views().stream().filter(v -> v.name().equals(view)).findFirst().orElseThrow();
      assertThat(found.description()).as(view).matches(".*\\p{IsHan}.*");
      assertThat(found.columns())
          .as(view)
          .allSatisfy(
              c -> assertThat(c.description()).as(view + "." + c.name()).matches(".*\\p{IsHan}.*"));
    }
  }
}
