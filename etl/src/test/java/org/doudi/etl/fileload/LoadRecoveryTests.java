package org.doudi.etl.fileload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.doudi.etl.EtlTestApplication;
import org.doudi.etl.WarehouseTest;
import org.doudi.warehouse.WarehouseSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(classes = EtlTestApplication.class)
class LoadRecoveryTests extends WarehouseTest {

  @Autowired LoadRecovery recovery;
  @Autowired JdbcTemplate jdbc;
  @Autowired WarehouseSettings warehouse;

  @Test
  void aLoadLeftRunningByADeadProcessIsMarkedInterruptedAndItsRawFilesDeleted() throws Exception {
    // given what kill -9 leaves: a running load_log row, a staged run and an upload in the inbox
    Long id =
        jdbc.queryForObject(
            "INSERT INTO load_log (kind, file_name, loaded_by, status)"
                + " VALUES ('petitions', '信访台账.csv', 'cli:test', 'running') RETURNING id",
            Long.class);
    Path staged = warehouse.inbox().resolve("petitions").resolve("abc").resolve("0000");
    Files.createDirectories(staged.getParent());
    Files.writeString(staged, "编号,反映人\nX1,张三\n");
    Path upload = warehouse.inbox().resolve("uploads").resolve("petitions-1");
    Files.createDirectories(upload.getParent());
    Files.writeString(upload, "raw");
    Path rewrite = warehouse.inbox().resolve("petitions-job-7.csv");
    Files.writeString(rewrite, "raw");
    // when the next process starts
    recovery.recover();
    // then
    assertThat(
            jdbc.queryForObject(
                "SELECT status || ' ' || message FROM load_log WHERE id = ?", String.class, id))
        .isEqualTo("failed " + LoadRecovery.INTERRUPTED);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM load_log WHERE status = 'running'", Long.class))
        .isZero();
    try (var left = Files.walk(warehouse.inbox())) {
      assertThat(left.filter(Files::isRegularFile).toList()).isEmpty();
    }
  }
}
