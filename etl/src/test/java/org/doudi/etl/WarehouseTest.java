package org.doudi.etl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that open a real warehouse: one DuckDB file in a fresh temporary folder per
 * test class, no demo data.
 */
public abstract class WarehouseTest {

  private static Path home() {
    try {
      return Files.createTempDirectory("doudi-etl-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    Path home = home();
    registry.add("doudi.warehouse.path", () -> home.resolve("doudi.duckdb").toString());
    registry.add("doudi.demo", () -> "false");
    registry.add("doudi.mode", () -> "cli");
    registry.add("spring.batch.job.enabled", () -> "false");
    registry.add("spring.sql.init.mode", () -> "never");
    registry.add("spring.main.banner-mode", () -> "off");
    registry.add("logging.level.org.springframework.batch", () -> "WARN");
    registry.add("logging.level.org.apache.poi", () -> "ERROR");
  }
}
