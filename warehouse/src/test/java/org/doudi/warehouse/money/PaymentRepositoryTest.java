package org.doudi.warehouse.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doudi.warehouse.dictionary.StreetAccess.all;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.doudi.warehouse.campaign.CampaignTestConfiguration;
import org.doudi.warehouse.load.WriteResult;
import org.doudi.warehouse.registry.CardCustody;
import org.doudi.warehouse.registry.RegistryRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** The payment writer: a street-month replaced as a whole, all or nothing, payees matched. */
@SpringJUnitConfig(CampaignTestConfiguration.class)
class PaymentRepositoryTest {

  @TempDir static Path warehouse;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> warehouse.resolve("doudi.duckdb").toString());
  }

  private static final String ANNA = "310101196112179183";
  private static final String BO = "310101196210046851";
  private static final String CUSTODIAN = "310112195511090922";

  @Autowired JdbcTemplate jdbc;
  @Autowired PaymentRepository payments;
  @Autowired RegistryRepository registers;

  @BeforeEach
  void clear() {
    jdbc.execute("DELETE FROM payment_record");
    jdbc.execute("DELETE FROM card_custody_record");
  }

  private static Payment paid(int line, String period, String street, String id, String payeeId) {
    return new Payment(
        line,
        period,
        street,
        "孙超",
        id,
        "低保",
        new BigDecimal("1510.00"),
        payeeId == null ? null : "高桂敏",
        payeeId,
        LocalDate.of(2024, 11, 15));
  }

  @Test
  void aLaterFileReplacesTheStreetMonthsItHoldsAndLeavesTheOthers() {
    // given
    payments.write(
        all(),
        List.of(
            paid(3, "2024-11", "wanli", ANNA, null),
            paid(4, "2024-11", "wanli", BO, null),
            paid(5, "2024-12", "wanli", ANNA, null),
            paid(6, "2024-11", "taopuzhen", BO, null)),
        null,
        "test");

    // when
    WriteResult result =
        payments.write(all(), List.of(paid(3, "2024-11", "wanli", BO, null)), null, "test");

    // then
    assertThat(result).isEqualTo(new WriteResult(1, 2));
    assertThat(
            jdbc.queryForList(
                "SELECT period || ' ' || street_code || ' ' || recipient_id_masked FROM payment"
                    + " ORDER BY ALL",
                String.class))
        .containsExactly(
            "2024-11 taopuzhen 3101**********6851",
            "2024-11 wanli 3101**********6851",
            "2024-12 wanli 3101**********9183");
  }

  @Test
  void aFileWithABadRowWritesNothing() {
    // given
    payments.write(all(), List.of(paid(3, "2024-11", "wanli", ANNA, null)), null, "test");

    // when / then
    assertThatThrownBy(
            () ->
                payments.write(
                    all(),
                    List.of(
                        paid(3, "2024-11", "wanli", BO, null),
                        paid(4, "2024-13", "wanli", BO, null)),
                    null,
                    "test"))
        .hasMessage("第 4 行：发放月份“2024-13”不是 YYYY-MM");
    assertThat(jdbc.queryForObject("SELECT recipient_id_masked FROM payment", String.class))
        .isEqualTo("3101**********9183");
  }

  @Test
  void aPayeeIsTheRecipientOrTheFiledCustodianOrNeither() {
    // given
    registers.writeCustody(
        all(),
        List.of(
            new CardCustody(
                3,
                "wanli",
                1,
                "东居委会",
                "孙超",
                ANNA,
                "低保",
                "高桂敏",
                CUSTODIAN,
                "监护人",
                "配偶",
                "长期住院",
                true,
                null,
                LocalDate.of(2024, 11, 12),
                LocalDate.of(2024, 11, 20))),
        null,
        "test");

    // when
    payments.write(
        all(),
        List.of(
            paid(3, "2024-11", "wanli", ANNA, null),
            paid(4, "2024-12", "wanli", ANNA, CUSTODIAN),
            paid(5, "2024-12", "wanli", BO, CUSTODIAN)),
        null,
        "test");

    // then
    assertThat(
            jdbc.queryForList(
                "SELECT period || ' ' || recipient_id_masked || ' ' || payee_name_masked || ' '"
                    + " || payee_is_recipient || ' ' || payee_is_custodian FROM payment ORDER BY ALL",
                String.class))
        .containsExactly(
            "2024-11 3101**********9183 孙* true false",
            "2024-12 3101**********6851 高* false false",
            "2024-12 3101**********9183 高* false true");
  }
}
