package org.doudi.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context the web tests share (Spring caches it): the server over a warehouse
 * file in a temporary folder, without the demo data.
 */
@SpringBootTest(properties = {"doudi.demo=false", "doudi.mode=server"})
@AutoConfigureMockMvc
public abstract class WebTestSupport {

  private static final Path HOME;

  static {
    try {
      HOME = Files.createTempDirectory("doudi-web-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> HOME.resolve("doudi.duckdb").toString());
  }
}
