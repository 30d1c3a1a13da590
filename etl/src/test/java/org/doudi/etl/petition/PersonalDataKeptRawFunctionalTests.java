package org.doudi.etl.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.doudi.etl.fileload.LoadProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
    classes = PetitionTestApplication.class,
    properties = {
      "doudi.demo=false",
      "spring.batch.job.enabled=false",
      "spring.sql.init.mode=never",
      "doudi.personal-data.hash-secret=raw-secret-0123456789abcdef0123456789",
      "doudi.personal-data.keep-raw=true",
      "doudi.personal-data.encryption-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
    })
class PersonalDataKeptRawFunctionalTests {

  @TempDir static Path warehouse;
  @TempDir Path files;

  @Autowired PetitionLoader loader;
  @Autowired PersonalDataViewer viewer;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> warehouse.resolve("doudi.duckdb").toString());
  }

  @Test
  void rawValuesAreSealedAndOpenedOnlyThroughTheAuditedView() throws Exception {
    // given
    Path file =
        PetitionFixtures.write(
            files,
            "raw.csv",
            PetitionFixtures.HEADER
                + "R1,2024-11-05,来电,是,投诉举报,长寿路,低保,人情保,张三,31011619910717452X,13812345678,办理中,,否\n"
                + "R2,2024-11-05,来电,否,其他,长寿路,低保,人情保,,,13900001111,办理中,,否\n",
            StandardCharsets.UTF_8);
    loader.load(file, "raw.csv", false, "test", LoadProgress.NONE);
    // when
    PersonalData data = viewer.reveal("R1", "analyst1", "核实实名投诉");
    // then
    assertThat(data).isEqualTo(new PersonalData("张三", "31011619910717452X", "13812345678"));
    assertThat(viewer.reveal("R2", "analyst1", null))
        .isEqualTo(new PersonalData(null, null, "13900001111"));
    assertThat(
            jdbc.queryForObject(
                "SELECT phone_masked FROM petition WHERE case_no = 'R1'", String.class))
        .isEqualTo("138****5678");
    Map<String, Object> audit =
        jdbc.queryForMap(
            "SELECT username, action, target, detail, outcome FROM audit_log"
                + " WHERE target = 'R1' ORDER BY id DESC LIMIT 1");
    assertThat(audit)
        .containsEntry("username", "analyst1")
        .containsEntry("action", "personal_data_viewed")
        .containsEntry("detail", "事由：核实实名投诉")
        .containsEntry("outcome", "ok");
  }
}
