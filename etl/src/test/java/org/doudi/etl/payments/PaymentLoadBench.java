package org.doudi.etl.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doudi.etl.EtlTestApplication;
import org.doudi.etl.WarehouseTest;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.etl.fileload.FileLoadRequest;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.warehouse.load.LoadKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A year of a district's disbursement ledger (12 monthly CSV files, 10 streets × 5,000 recipients
 * each): prints the load's rows per second. Run with {@code -Ddoudi.bench=true}.
 */
@SpringBootTest(classes = EtlTestApplication.class)
@EnabledIfSystemProperty(named = "doudi.bench", matches = "true")
class PaymentLoadBench extends WarehouseTest {

  private static final String[] STREETS = {
    "曹杨新村街道", "长风新村街道", "长寿路街道", "甘泉路街道", "石泉路街道",
    "宜川路街道", "真如镇街道", "万里街道", "长征镇", "桃浦镇"
  };

  @Autowired FileLoadLauncher loader;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aYearOfADistrictLoads(@TempDir Path dir) throws Exception {
    // given
    List<FileLoadRequest.InputFile> files = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      Path file = dir.resolve(String.format("2024-%02d-社会救助资金发放台账.csv", month));
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write("发放月份,街镇,救助对象姓名,身份证号,救助项目,发放金额(元),发放日期\n");
        for (int s = 0; s < STREETS.length; s++) {
          for (int i = 0; i < 5000; i++) {
            String id = String.format("3101%02d19%02d0101%03d", s, 40 + i % 50, i % 1000);
            id = id + checkDigit(id);
            out.write(
                String.format(
                    "2024-%02d,%s,张%d,%s,低保,%d.00,2024-%02d-10\n",
                    month, STREETS[s], i, id, 800 + i % 500, month));
          }
        }
      }
      files.add(FileLoadRequest.InputFile.of(file));
    }
    // when
    long start = System.nanoTime();
    List<FileOutcome> outcomes =
        loader.run(new LoadKind("payments"), new FileLoadRequest(files, null, "cli:bench", null));
    double seconds = (System.nanoTime() - start) / 1e9;
    // then
    assertThat(outcomes).allMatch(o -> o.status() == FileOutcome.Status.OK, outcomes.toString());
    long rows = jdbc.queryForObject("SELECT count(*) FROM payment_record", Long.class);
    assertThat(rows).isEqualTo(600_000L);
    System.out.printf(
        "payment load: %d rows in %.1f s = %.0f rows/s%n", rows, seconds, rows / seconds);
  }

  private static char checkDigit(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return "10X98765432".charAt(sum % 11);
  }
}
