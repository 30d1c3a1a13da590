package org.doudi.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.doudi.dashboard.DoudiApplication;
import org.doudi.dashboard.bench.CityDataGenerator;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.dashboard.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two districts, two instances, each loading its streets' files and exporting Parquet: DuckDB over
 * both exported folders gives each district exactly the totals of that instance's {@code
 * district_month}.
 */
class ParquetExportRoundTripTest {

  private static final String SUMS =
      "count(*) AS streets_reported, sum(renqing_removed)::BIGINT, sum(renqing_recovered_yuan),"
          + " sum(guanxi_removed)::BIGINT, sum(guanxi_recovered_yuan),"
          + " sum(zhengce_removed)::BIGINT, sum(zhengce_recovered_yuan),"
          + " sum(whole_household_added)::BIGINT, sum(sanwu_removed)::BIGINT,"
          + " sum(sanwu_recovered_yuan), sum(clues_total)::BIGINT, sum(clues_resolved)::BIGINT,"
          + " sum(petitions_handled)::BIGINT, sum(petitions_resolved)::BIGINT,"
          + " sum(card_custody_cases)::BIGINT, sum(relative_filings)::BIGINT";

  @TempDir Path dir;

  private record Run(int status, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliOutput output =
        new CliOutput(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]));
    int status = new CommandLine(DoudiApplication.class, output).run(args);
    return new Run(status, err.toString(StandardCharsets.UTF_8));
  }

  /** Generates a district's files and loads its forms (corrections last) into a new instance. */
  private Path district(String code, long seed, long petitions, String... extra) throws Exception {
    Path files = dir.resolve(code);
    new CityDataGenerator(new CityDataGenerator.Options(seed, 3, "2024-12", petitions, code))
        .generate(files);
    List<String> args = new ArrayList<>(List.of("ingest", "street-form"));
    args.addAll(formFiles(files));
    args.addAll(List.of("--db", dir.resolve(code + ".duckdb").toString()));
    args.addAll(List.of(extra));
    Run loaded = run(args.toArray(String[]::new));
    assertThat(loaded.status()).as(loaded.err()).isZero();
    return files;
  }

  private static List<String> formFiles(Path files) throws Exception {
    try (Stream<Path> forms = Files.list(files.resolve("forms"))) {
      List<String> names = forms.map(Path::toString).sorted().toList();
      List<String> ordered =
          new ArrayList<>(names.stream().filter(n -> !n.contains("更正")).toList());
      ordered.addAll(names.stream().filter(n -> n.contains("更正")).toList());
      return ordered;
    }
  }

  private static List<String> rows(Connection connection, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          cells.add(String.valueOf(rs.getObject(i)));
        }
        rows.add(String.join("|", cells));
      }
    }
    return rows;
  }

  private static List<String> districtMonth(Path warehouse, String district) throws Exception {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection connection =
        DriverManager.getConnection("jdbc:duckdb:" + warehouse, readOnly)) {
      return rows(
          connection,
          "SELECT '"
              + district
              + "', period, streets_reported, renqing_removed,"
              + " renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan, zhengce_removed,"
              + " zhengce_recovered_yuan, whole_household_added, sanwu_removed,"
              + " sanwu_recovered_yuan, clues_total, clues_resolved, petitions_handled,"
              + " petitions_resolved, card_custody_cases, relative_filings"
              + " FROM district_month ORDER BY period");
    }
  }

  @Test
  void duckDbOverTwoDistrictsExportsGivesEachDistrictTheTotalsOfItsDistrictMonth()
      throws Exception {
    // given: Putuo on the default dictionary, Jing'an on its own by configuration
    Path putuo = district("putuo", 11, 3_000);
    Path jingan =
        district("jingan", 12, 0, "--doudi.streets.file=" + dir.resolve("jingan/streets.csv"));
    Run petitions =
        run(
            "ingest",
            "petitions",
            putuo.resolve("petitions/petitions-01.csv").toString(),
            "--db",
            dir.resolve("putuo.duckdb").toString());
    assertThat(petitions.status()).as(petitions.err()).isZero();

    // when
    Run putuoExport =
        run(
            "export",
            "parquet",
            "--out",
            dir.resolve("out/putuo").toString(),
            "--db",
            dir.resolve("putuo.duckdb").toString(),
            "--doudi.export.district=普陀区");
    Run jinganExport =
        run(
            "export",
            "parquet",
            "--out",
            dir.resolve("out/jingan").toString(),
            "--db",
            dir.resolve("jingan.duckdb").toString(),
            "--doudi.export.district=静安区",
            "--doudi.streets.file=" + dir.resolve("jingan/streets.csv"));

    // then
    assertThat(putuoExport.status()).as(putuoExport.err()).isZero();
    assertThat(putuoExport.err())
        .contains("OK street_form：30 行，3 个统计期")
        .contains("OK petition：3,000 行，3 个统计期")
        .contains("OK payment：0 行");
    assertThat(jinganExport.status()).as(jinganExport.err()).isZero();
    assertThat(jinganExport.err()).contains("OK street_form：42 行，3 个统计期");
    assertThat(dir.resolve("out/putuo/street_form/period=2024-12")).isDirectory();
    List<String> expected = new ArrayList<>(districtMonth(dir.resolve("putuo.duckdb"), "普陀区"));
    expected.addAll(districtMonth(dir.resolve("jingan.duckdb"), "静安区"));
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
      String both =
          "read_parquet(['"
              + dir.resolve("out/putuo/street_form")
              + "/*/*.parquet', '"
              + dir.resolve("out/jingan/street_form")
              + "/*/*.parquet'], hive_partitioning = true)";
      List<String> fromParquet =
          rows(
              duckdb,
              "SELECT district, period, " + SUMS + " FROM " + both + " GROUP BY ALL ORDER BY ALL");
      assertThat(fromParquet).hasSize(6).containsExactlyElementsOf(expected);
      assertThat(
              rows(
                  duckdb,
                  "SELECT count(*) FILTER (WHERE contact_masked NOT SIMILAR TO '.\\*'),"
                      + " count(DISTINCT street_code) FROM "
                      + both))
          .containsExactly("0|24");
      String cases =
          "read_parquet('"
              + dir.resolve("out/putuo/petition")
              + "/*/*.parquet', hive_partitioning = true)";
      assertThat(
              rows(
                  duckdb,
                  "SELECT count(*), count(*) FILTER (WHERE id_no_masked SIMILAR TO '[0-9X]{18}'),"
                      + " count(*) FILTER (WHERE phone_masked NOT LIKE '%****%') FROM "
                      + cases))
          .containsExactly("3000|0|0");
    }
  }
}
