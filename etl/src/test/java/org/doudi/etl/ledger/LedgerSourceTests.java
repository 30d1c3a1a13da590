package org.doudi.etl.ledger;

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
class LedgerSourceTests extends WarehouseTest {

  private static final LoadKind LEDGER = new LoadKind("ledger");

  @Autowired FileLoadLauncher loader;
  @Autowired JdbcTemplate jdbc;

  static Path folder(String name) throws Exception {
    return Path.of(LedgerSourceTests.class.getResource("/samples/campaign/" + name).toURI());
  }

  static List<Path> files(String folder) throws Exception {
    try (Stream<Path> list = Files.list(folder(folder))) {
      return list.sorted().toList();
    }
  }

  static FileLoadRequest request(List<Path> files) {
    return new FileLoadRequest(
        files.stream().map(FileLoadRequest.InputFile::of).toList(), null, "cli:test", null);
  }

  private Map<String, String> itemsPerStreet() {
    Map<String, String> items = new HashMap<>();
    jdbc.query(
        "SELECT street_code, count(*) AS n, count(*) FILTER (status = '整改中') AS a,"
            + " count(*) FILTER (status = '已整改') AS b, count(*) FILTER (status = '已销号') AS c"
            + " FROM rectification_record GROUP BY street_code",
        rs -> {
          items.put(
              rs.getString("street_code"),
              rs.getInt("n") + " " + rs.getInt("a") + "/" + rs.getInt("b") + "/" + rs.getInt("c"));
        });
    return items;
  }

  private static String expected(int items, JsonNode status) {
    return items
        + " "
        + status.get("整改中").asInt()
        + "/"
        + status.get("已整改").asInt()
        + "/"
        + status.get("已销号").asInt();
  }

  @Test
  void everyLedgerLoadsWithTheTruthsItemsAndAnUpdatedLedgerUpdatesWithoutDoubling()
      throws Exception {
    // given the ten streets' ledgers, the street taken from each file's name
    JsonNode truth = new ObjectMapper().readTree(folder("truth.json").toFile()).get("ledger");
    // when
    List<FileOutcome> first = loader.run(LEDGER, request(files("ledgers")));
    // then
    assertThat(first)
        .hasSize(10)
        .allMatch(o -> o.status() == FileOutcome.Status.OK, first.toString());
    Map<String, String> expected = new HashMap<>();
    truth
        .get("items")
        .properties()
        .forEach(
            e ->
                expected.put(
                    e.getKey(),
                    expected(e.getValue().asInt(), truth.get("status").get(e.getKey()))));
    assertThat(itemsPerStreet()).isEqualTo(expected);
    // and when two streets send their ledgers again, updated
    List<FileOutcome> again = loader.run(LEDGER, request(files("ledgers-updated")));
    // then
    assertThat(again)
        .hasSize(2)
        .allMatch(o -> o.status() == FileOutcome.Status.OK, again.toString());
    truth
        .get("after_update")
        .properties()
        .forEach(
            e ->
                expected.put(
                    e.getKey(),
                    expected(e.getValue().get("items").asInt(), e.getValue().get("status"))));
    assertThat(itemsPerStreet()).isEqualTo(expected);
  }
}
