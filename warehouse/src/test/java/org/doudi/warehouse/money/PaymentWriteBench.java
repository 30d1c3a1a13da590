package org.doudi.warehouse.money;

import static org.doudi.warehouse.dictionary.StreetAccess.all;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.warehouse.campaign.CampaignTestConfiguration;
import org.doudi.warehouse.dictionary.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Measures the payment writer on a year of a district: 12 months × 10 streets × 5,000 recipients,
 * one file per street and month as the fund platform exports them, then the same year again (every
 * month replaced). Not part of the test suite (its name does not end in Test); run it with {@code
 * ./mvnw -B -q -pl warehouse test -Dtest=PaymentWriteBench -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the figures on stdout.
 */
@SpringJUnitConfig(CampaignTestConfiguration.class)
class PaymentWriteBench {

  @TempDir static Path warehouse;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> warehouse.resolve("doudi.duckdb").toString());
  }

  @Autowired PaymentRepository payments;
  @Autowired JdbcTemplate jdbc;

  /** Returns the process's CPU time (Java and DuckDB's native threads) in nanoseconds. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  @Test
  void writeAYearOfADistrict() {
    List<String> streets =
        jdbc.queryForList("SELECT code FROM street ORDER BY sort_order", String.class);
    for (int round = 1; round <= 2; round++) {
      long rows = 0;
      long started = System.nanoTime();
      long cpuStarted = cpu();
      long writing = 0;
      for (Period p = Period.of(2024, 1); p.compareTo(Period.of(2024, 12)) <= 0; p = p.next()) {
        for (int s = 0; s < streets.size(); s++) {
          List<Payment> file = new ArrayList<>(5000);
          for (int r = 0; r < 5000; r++) {
            String id = String.format("3101%02d19%02d0101%03d%d", s, 40 + r % 50, r % 1000, r % 10);
            String payee = r % 50 == 0 ? String.format("3101%02d19800101%04d", s, r) : null;
            file.add(
                new Payment(
                    r + 3,
                    p.toString(),
                    streets.get(s),
                    "张三",
                    id,
                    "低保",
                    new BigDecimal("1510.00"),
                    payee == null ? null : "李四",
                    payee,
                    LocalDate.of(2024, 1, 15)));
          }
          long writeStarted = System.nanoTime();
          rows += payments.write(all(), file, null, "bench").added();
          writing += System.nanoTime() - writeStarted;
        }
      }
      double seconds = writing / 1e9;
      double cpuSeconds = (cpu() - cpuStarted) / 1e9;
      System.out.printf(
          "round %d: %,d payment rows written in %.1f s = %,.0f rows/s (whole round %.1f s, process"
              + " CPU %.1f s); payment_record now %,d rows%n",
          round,
          rows,
          seconds,
          rows / seconds,
          (System.nanoTime() - started) / 1e9,
          cpuSeconds,
          jdbc.queryForObject("SELECT count(*) FROM payment_record", Long.class));
    }
  }
}
