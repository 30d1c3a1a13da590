package org.doudi.etl.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.doudi.etl.EtlTestApplication;
import org.doudi.etl.WarehouseTest;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.etl.fileload.FileLoadRequest;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.warehouse.load.LoadKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(classes = EtlTestApplication.class)
class MoneySourcesTests extends WarehouseTest {

  @Autowired FileLoadLauncher loader;
  @Autowired JdbcTemplate jdbc;

  static Path folder(String name) throws Exception {
    return Path.of(MoneySourcesTests.class.getResource("/samples/campaign/" + name).toURI());
  }

  static List<Path> files(String contains) throws Exception {
    try (Stream<Path> list = Files.list(folder("payments"))) {
      return list.filter(p -> p.getFileName().toString().contains(contains)).sorted().toList();
    }
  }

  static FileLoadRequest request(List<Path> files) {
    return new FileLoadRequest(
        files.stream().map(FileLoadRequest.InputFile::of).toList(), null, "cli:test", null);
  }

  @Test
  void removalListsAndPaymentLedgersLoadWithTheTruthsCountsAndSums() throws Exception {
    // given the ten streets' removal lists and payment ledgers (.xlsx and CSV)
    JsonNode truth = new ObjectMapper().readTree(folder("truth.json").toFile()).get("payments");
    // when
    List<FileOutcome> removals = loader.run(new LoadKind("removals"), request(files("清退名单")));
    List<FileOutcome> payments = loader.run(new LoadKind("payments"), request(files("社会救助资金发放台账")));
    // then
    assertThat(removals)
        .hasSize(10)
        .allMatch(o -> o.status() == FileOutcome.Status.OK, removals.toString());
    assertThat(payments)
        .hasSize(10)
        .allMatch(o -> o.status() == FileOutcome.Status.OK, payments.toString());
    assertThat(jdbc.queryForObject("SELECT count(*) FROM removal_record", Integer.class))
        .isEqualTo(truth.get("rows").get("removals").asInt());
    String loads =
        " WHERE load_id IN ("
            + String.join(",", payments.stream().map(o -> String.valueOf(o.loadId())).toList())
            + ")";
    assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_record" + loads, Integer.class))
        .isEqualTo(truth.get("rows").get("payments").asInt());
    Map<String, Integer> perMonth = new HashMap<>();
    jdbc.query(
        "SELECT period || '|' || street_code AS k, count(*) AS n FROM payment_record"
            + loads
            + " GROUP BY k",
        rs -> {
          perMonth.put(rs.getString("k"), rs.getInt("n"));
        });
    Map<String, Integer> expectedPerMonth = new HashMap<>();
    truth
        .get("per_month")
        .properties()
        .forEach(e -> expectedPerMonth.put(e.getKey(), e.getValue().asInt()));
    assertThat(perMonth).isEqualTo(expectedPerMonth);
    Map<String, String> removed = new HashMap<>();
    jdbc.query(
        "SELECT strftime(removed_date, '%Y-%m') || '|' || street_code || '|' || kind AS k,"
            + " count(*) AS n, sum(recovered_yuan) AS yuan FROM removal_record GROUP BY k",
        rs -> {
          removed.put(
              rs.getString("k"),
              rs.getInt("n") + " " + rs.getBigDecimal("yuan").stripTrailingZeros().toPlainString());
        });
    Map<String, String> expectedRemoved = new HashMap<>();
    truth
        .get("removals")
        .properties()
        .forEach(
            e -> {
              if (e.getValue().get("count").asInt() > 0) {
                expectedRemoved.put(
                    e.getKey(),
                    e.getValue().get("count").asInt()
                        + " "
                        + new BigDecimal(e.getValue().get("yuan").asText())
                            .stripTrailingZeros()
                            .toPlainString());
              }
            });
    assertThat(removed).isEqualTo(expectedRemoved);
    // and no view shows an ID number unmasked
    for (String view : List.of("removal", "payment")) {
      List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM " + view);
      assertThat(rows).isNotEmpty();
      assertThat(rows.toString()).doesNotContainPattern("\\d{17}[\\dXx]");
    }
  }

  @Test
  void aLaterLedgerReplacesItsStreetMonthsAndABadAmountRejectsTheWholeFile(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // given a street's month paid once
    Path first = dir.resolve("石泉路街道2025-01发放.csv");
    Files.writeString(
        first,
        "社会救助资金发放台账\n填报单位：石泉路街道\n街镇,发放月份,救助对象姓名,身份证号,救助项目,发放金额（元）\n"
            + "石泉路,2025年1月,王五,310104194507011617,低保,\"1,200.50\"\n"
            + "石泉路街道,2025-01,赵六,310111195012088303,特困,800\n");
    loader.run(new LoadKind("payments"), request(List.of(first)));
    // when a corrected ledger of that month comes, and a file with a bad amount
    Path corrected = dir.resolve("石泉路街道2025-01发放-更正.csv");
    Files.writeString(
        corrected,
        "街镇,发放月份,救助对象姓名,身份证号,救助项目,发放金额(元)\n" + "石泉路街道,2025-01,王五,310104194507011617,低保,1200.50\n");
    Path bad = dir.resolve("坏.csv");
    Files.writeString(
        bad,
        "街镇,发放月份,救助对象姓名,身份证号,救助项目,发放金额(元)\n"
            + "石泉路街道,2025-02,王五,310104194507011617,低保,一千\n"
            + "石泉路街道,2025-02,赵六,310111195012088303,特困,800\n");
    List<FileOutcome> outcomes =
        loader.run(new LoadKind("payments"), request(List.of(corrected, bad)));
    // then
    assertThat(outcomes.get(0).statusLine())
        .isEqualTo("OK 石泉路街道2025-01发放-更正.csv：社会救助资金发放台账已导入：1 条（替换了同街镇同月份原有的 2 条）");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM payment_record WHERE street_code = 'shiquanlu' AND period = '2025-01'",
                Integer.class))
        .isEqualTo(1);
    assertThat(outcomes.get(1).statusLine())
        .isEqualTo("REJECTED 坏.csv: 坏.csv 第2行“发放金额(元)”列：发放金额(元)“一千”不是数字");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM payment_record WHERE period = '2025-02'", Integer.class))
        .isZero();
  }
}
