package org.doudi.reports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StreamUtils;

/** The reports module with the warehouse, as the application wires them, over a test warehouse. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan({"org.doudi.warehouse", "org.doudi.reports"})
public class ReportsTestApplication {

  /** Starts a context over the warehouse file in {@code dir}, with extra properties. */
  public static ConfigurableApplicationContext start(Path dir, String... properties) {
    List<String> all = new ArrayList<>();
    all.add("doudi.warehouse.path=" + dir.resolve("doudi.duckdb"));
    all.add("doudi.demo=false");
    all.add("doudi.warehouse.memory-limit=512MB");
    all.add("spring.main.banner-mode=off");
    all.addAll(List.of(properties));
    return new SpringApplicationBuilder(ReportsTestApplication.class)
        .web(WebApplicationType.NONE)
        .properties(all.toArray(String[]::new))
        .run();
  }

  /**
   * Keeps a rendered file under {@code target/report-samples/} so that it can be looked at after
   * the build (pdftoppm, a spreadsheet program).
   */
  public static void keep(String name, byte[] bytes) {
    try {
      Path out = Path.of("target", "report-samples");
      java.nio.file.Files.createDirectories(out);
      java.nio.file.Files.write(out.resolve(name), bytes);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs the statements of a fixture file from the test classpath. */
  public static void load(ConfigurableApplicationContext context, String fixture) {
    try {
      String sql =
          StreamUtils.copyToString(
              new ClassPathResource(fixture).getInputStream(), StandardCharsets.UTF_8);
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      for (String statement : sql.split(";\\s*\\n")) {
        String body =
            statement
                .lines()
                .filter(l -> !l.strip().startsWith("--"))
                .reduce("", (a, b) -> a + "\n" + b);
        if (!body.isBlank()) {
          jdbc.execute(body);
        }
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
