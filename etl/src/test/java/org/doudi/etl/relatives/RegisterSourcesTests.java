package org.doudi.etl.relatives;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
class RegisterSourcesTests extends WarehouseTest {

  private static final LoadKind RELATIVES = new LoadKind("relatives");
  private static final LoadKind CUSTODY = new LoadKind("custody");

  @Autowired FileLoadLauncher loader;
  @Autowired JdbcTemplate jdbc;

  static Path folder(String name) throws Exception {
    return Path.of(RegisterSourcesTests.class.getResource("/samples/campaign/" + name).toURI());
  }

  static List<Path> files(String folder, String contains) throws Exception {
    try (Stream<Path> list = Files.list(folder(folder))) {
      return list.filter(p -> p.getFileName().toString().contains(contains)).sorted().toList();
    }
  }

  static FileLoadRequest request(List<Path> files) {
    return new FileLoadRequest(
        files.stream().map(FileLoadRequest.InputFile::of).toList(), null, "cli:test", null);
  }

  static JsonNode truth() throws Exception {
    return new ObjectMapper().readTree(folder("truth.json").toFile());
  }

  private Map<String, Integer> perMonth(String table, String dateColumn) {
    Map<String, Integer> counts = new HashMap<>();
    jdbc.query(
        "SELECT strftime("
            + dateColumn
            + ", '%Y-%m') || '|' || street_code AS k, count(*) AS n"
            + " FROM "
            + table
            + " WHERE "
            + dateColumn
            + " < DATE '2025-01-01' GROUP BY k",
        rs -> {
          counts.put(rs.getString("k"), rs.getInt("n"));
        });
    return counts;
  }

  private static Map<String, Integer> nonZero(JsonNode node) {
    Map<String, Integer> expected = new HashMap<>();
    node.properties()
        .forEach(
            e -> {
              if (e.getValue().asInt() > 0) {
                expected.put(e.getKey(), e.getValue().asInt());
              }
            });
    return expected;
  }

  @Test
  void everyRegisterLoadsWithTheTruthsCountsAndASecondLoadIsSkippedNotDoubled() throws Exception {
    // given the ten streets' two registers, in CSV (GBK or UTF-8) and .xlsx
    List<Path> relatives = files("registries", "近亲属备案登记表");
    List<Path> custody = files("registries", "卡折代管登记表");
    JsonNode truth = truth().get("registries");
    // when
    List<FileOutcome> loadedRelatives = loader.run(RELATIVES, request(relatives));
    List<FileOutcome> loadedCustody = loader.run(CUSTODY, request(custody));
    // then
    assertThat(loadedRelatives)
        .hasSize(10)
        .allMatch(o -> o.status() == FileOutcome.Status.OK, loadedRelatives.toString());
    assertThat(loadedCustody)
        .hasSize(10)
        .allMatch(o -> o.status() == FileOutcome.Status.OK, loadedCustody.toString());
    assertThat(perMonth("relative_filing_record", "filed_date"))
        .isEqualTo(nonZero(truth.get("relative_filings")));
    assertThat(perMonth("card_custody_record", "registered_date"))
        .isEqualTo(nonZero(truth.get("card_custody_cases")));
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM relative_filing_record WHERE filed_date < DATE '2025-01-01'",
                Integer.class))
        .isEqualTo(truth.get("rows").get("relatives").asInt());
    // and when the same bytes come again
    List<FileOutcome> again = loader.run(RELATIVES, request(relatives.subList(0, 1)));
    // then
    assertThat(again.get(0).statusLine()).startsWith("SKIPPED").contains("已导入");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM relative_filing_record WHERE filed_date < DATE '2025-01-01'",
                Integer.class))
        .isEqualTo(truth.get("rows").get("relatives").asInt());
    // and no view shows an ID number unmasked
    for (String view : List.of("relative_filing", "card_custody")) {
      List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM " + view);
      assertThat(rows).isNotEmpty();
      assertThat(rows.toString()).doesNotContainPattern("\\d{17}[\\dXx]");
    }
  }

  @Test
  void everyBadRegisterIsRejectedWholeNamingItsCell() throws Exception {
    // given the bad registers and the cell truth.json names for each
    JsonNode rejected = truth().get("registries").get("rejected");
    for (Path bad : files("registries-bad", "")) {
      String name = bad.getFileName().toString();
      LoadKind kind = name.contains("近亲属") ? RELATIVES : CUSTODY;
      int before =
          jdbc.queryForObject("SELECT count(*) FROM card_custody_record", Integer.class)
              + jdbc.queryForObject("SELECT count(*) FROM relative_filing_record", Integer.class);
      // when
      FileOutcome outcome = loader.run(kind, request(List.of(bad))).get(0);
      // then
      String cell = rejected.get(name).get("cell").asText();
      assertThat(outcome.status()).isEqualTo(FileOutcome.Status.REJECTED);
      assertThat(outcome.statusLine())
          .startsWith("REJECTED " + name + ": " + name + " ")
          .containsPattern("!" + cell + "：");
      int after =
          jdbc.queryForObject("SELECT count(*) FROM card_custody_record", Integer.class)
              + jdbc.queryForObject("SELECT count(*) FROM relative_filing_record", Integer.class);
      assertThat(after).isEqualTo(before);
    }
  }

  @Test
  void aLaterRegisterUpdatesTheSameFilingInsteadOfDoublingIt(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // given a filing loaded once, under a title row and a 填报单位 line, columns in their own order
    String header =
        "近亲属备案登记表\n填报单位：长征镇（盖章）\n" + "备案日期,街镇,工作人员姓名,工作人员身份证号,人员类别,近亲属姓名,近亲属身份证号,档案是否单独存放\n";
    Path first = dir.resolve("长征镇近亲属备案-1.csv");
    Files.writeString(
        first, header + "2025年1月6日,长征,钱七,310106198001010011,社区救助顾问,钱八,310106195001010012,否\n");
    loader.run(RELATIVES, request(List.of(first)));
    // when the street sends the register again with the file kept apart now
    Path second = dir.resolve("长征镇近亲属备案-2.csv");
    Files.writeString(
        second, header + "2025/01/06,长征镇,钱七,310106198001010011,社区救助顾问,钱八,310106195001010012,是\n");
    FileOutcome outcome = loader.run(RELATIVES, request(List.of(second))).get(0);
    // then
    assertThat(outcome.statusLine()).contains("新增 0 条，更新 1 条");
    assertThat(
            jdbc.queryForList(
                "SELECT kept_apart FROM relative_filing_record WHERE filed_date = DATE '2025-01-06'",
                Boolean.class))
        .containsExactly(true);
  }
}
