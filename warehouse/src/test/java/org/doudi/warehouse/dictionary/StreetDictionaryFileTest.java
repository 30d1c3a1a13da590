package org.doudi.warehouse.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.doudi.warehouse.DuckDbDataSource;
import org.doudi.warehouse.WarehouseSettings;
import org.doudi.warehouse.migration.MigrationRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

class StreetDictionaryFileTest {

  @TempDir Path home;

  private DuckDbDataSource open() {
    DuckDbDataSource dataSource =
        new DuckDbDataSource(
            new WarehouseSettings(
                home.resolve("doudi.duckdb"),
                "1GB",
                1,
                List.of(home.resolve("inbox"), home.resolve("backups"))));
    new MigrationRunner(dataSource).migrate();
    return dataSource;
  }

  private Path file(String text) throws Exception {
    Path file = home.resolve("streets.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void anotherDistrictsFileReplacesTheDefaultStreetsAndTheirAliases() throws Exception {
    try (DuckDbDataSource dataSource = open()) {
      // given
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      Path file =
          file(
              "\uFEFFcode,name,kind,aliases\n"
                  + "nanjingdonglu,南京东路街道,街道,南京东路|南东\n"
                  + "waitanjie,外滩街道,,外滩\n"
                  + "zhujiajiao,朱家角镇,,\n");
      StreetDictionaryFile dictionary = StreetDictionaryFile.read(file);

      // when
      boolean changed = dictionary.applyTo(jdbc, new DataSourceTransactionManager(dataSource));
      boolean again = dictionary.applyTo(jdbc, new DataSourceTransactionManager(dataSource));

      // then
      assertThat(changed).isTrue();
      assertThat(again).isFalse();
      StreetDictionary streets = new StreetDictionary(jdbc);
      assertThat(streets.all())
          .containsExactly(
              new Street("nanjingdonglu", "南京东路街道", 1),
              new Street("waitanjie", "外滩街道", 2),
              new Street("zhujiajiao", "朱家角镇", 3));
      assertThat(streets.resolve("南东")).map(Street::code).contains("nanjingdonglu");
      assertThat(streets.resolve("长寿路")).isEmpty();
      assertThat(jdbc.queryForList("SELECT kind FROM street ORDER BY sort_order", String.class))
          .containsExactly("街道", "街道", "镇");
    }
  }

  @Test
  void refusesToDropAStreetThatHasDataNamingItAndTheTable() throws Exception {
    try (DuckDbDataSource dataSource = open()) {
      // given
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      jdbc.update(
          "INSERT INTO discipline_figure (period, street_code, version, renqing_removed,"
              + " renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan, zhengce_removed,"
              + " zhengce_recovered_yuan, whole_household_added, sanwu_removed,"
              + " sanwu_recovered_yuan, clues_total, clues_resolved, petitions_handled,"
              + " petitions_resolved, card_custody_cases, relative_filings)"
              + " VALUES ('2024-12', 'wanli', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)");
      StreetDictionaryFile dictionary =
          StreetDictionaryFile.read(file("code,name,kind,aliases\nchangshoulu,长寿路街道,街道,长寿路\n"));

      // when / then
      assertThatThrownBy(
              () -> dictionary.applyTo(jdbc, new DataSourceTransactionManager(dataSource)))
          .hasMessageContaining("没有列出街镇 wanli")
          .hasMessageContaining("discipline_figure");
      assertThat(jdbc.queryForObject("SELECT count(*) FROM street", Integer.class)).isEqualTo(10);
    }
  }

  @Test
  void namesTheLineOfADuplicateStreet() throws Exception {
    // given
    Path file = file("code,name,kind,aliases\na,甲街道,街道,\nb,甲街道,街道,\n");

    // when / then
    assertThatThrownBy(() -> StreetDictionaryFile.read(file))
        .hasMessageContaining("第 3 行")
        .hasMessageContaining("甲街道");
  }
}
