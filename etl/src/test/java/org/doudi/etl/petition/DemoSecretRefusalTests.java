package org.doudi.etl.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.doudi.etl.fileload.LoadProgress;
import org.doudi.etl.petition.PetitionLoadResult.Outcome;
import org.doudi.warehouse.personal.PersonalDataKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class DemoSecretRefusalTests {

  @TempDir Path dir;

  private ConfigurableApplicationContext start(String... extra) {
    String[] base = {
      "doudi.warehouse.path=" + dir.resolve("doudi.duckdb"),
      "doudi.demo=false",
      "doudi.personal-data.hash-secret=" + PersonalDataKeys.DEMO_SECRET,
      "spring.batch.job.enabled=false",
      "spring.sql.init.mode=never",
      "spring.main.banner-mode=off"
    };
    java.util.Map<String, Object> all = new java.util.LinkedHashMap<>();
    for (String property : base) {
      all.put(
          property.substring(0, property.indexOf('=')),
          property.substring(property.indexOf('=') + 1));
    }
    for (String property : extra) {
      all.put(
          property.substring(0, property.indexOf('=')),
          property.substring(property.indexOf('=') + 1));
    }
    return new SpringApplicationBuilder(PetitionTestApplication.class).properties(all).run();
  }

  @Test
  void demoSecretRefusesRealPetitionFilesAndAnInstanceHoldingRealCasesDoesNotStart()
      throws Exception {
    // given
    Path file =
        PetitionFixtures.write(
            dir,
            "real.csv",
            PetitionFixtures.HEADER + "S1,2024-11-05,来电,否,其他,长寿路,低保,人情保,,,13800000000,办理中,,否\n",
            StandardCharsets.UTF_8);
    // when the demo secret is in force outside demo mode
    try (ConfigurableApplicationContext demoSecret = start()) {
      PetitionLoadResult refused =
          demoSecret
              .getBean(PetitionLoader.class)
              .load(file, "real.csv", false, "test", LoadProgress.NONE);
      // then
      assertThat(refused.outcome()).isEqualTo(Outcome.REJECTED);
      assertThat(refused.message()).contains("演示密钥");
    }
    // given real cases loaded under a real secret
    try (ConfigurableApplicationContext real =
        start("doudi.personal-data.hash-secret=real-secret-0123456789abcdef0123456789")) {
      assertThat(
              real.getBean(PetitionLoader.class)
                  .load(file, "real.csv", false, "test", LoadProgress.NONE)
                  .outcome())
          .isEqualTo(Outcome.LOADED);
    }
    // when / then the instance no longer starts with the demo secret
    assertThatThrownBy(this::start).rootCause().hasMessageContaining("仍是公开的演示密钥");
  }

  @Test
  void theCommandLineNeverUsesTheDemoSecretEvenWithDemoOn() throws Exception {
    // given
    Path file =
        PetitionFixtures.write(
            dir,
            "cli.csv",
            PetitionFixtures.HEADER + "C1,2024-11-05,来电,否,其他,长寿路,低保,人情保,,,13800000000,办理中,,否\n",
            StandardCharsets.UTF_8);
    // when
    try (ConfigurableApplicationContext cli = start("doudi.demo=true", "doudi.mode=cli")) {
      PetitionLoadResult result =
          cli.getBean(PetitionLoader.class)
              .load(file, "cli.csv", false, "cli:test", LoadProgress.NONE);
      // then
      assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
      assertThat(result.message()).contains("演示密钥");
    }
  }
}
