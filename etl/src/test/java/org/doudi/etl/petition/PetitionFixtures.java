package org.doudi.etl.petition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;

/** Small petition files for the tests, written the way the petition systems export them. */
final class PetitionFixtures {

  static final String HEADER =
      "编号,受理日期,渠道,是否实名,诉求类型,所属街镇,救助项目,涉及问题,反映人,身份证号,联系电话,办理状态,办结日期,是否处置到位\n";

  private PetitionFixtures() {}

  static Path write(Path dir, String name, String body, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, body.getBytes(charset));
    return file;
  }

  static Path sample(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in =
        PetitionFixtures.class.getResourceAsStream("/samples/petitions/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  static void clear(JdbcTemplate jdbc) {
    // findings (overdue real-name complaints) refer to streets a test may take away
    jdbc.execute("DELETE FROM finding_event");
    jdbc.execute("DELETE FROM finding_record");
    jdbc.execute("DELETE FROM complaint_ledger_event");
    jdbc.execute("DELETE FROM complaint_ledger_item");
    jdbc.execute("DELETE FROM petition_case");
    jdbc.execute("DELETE FROM petition_month");
    jdbc.execute("DELETE FROM load_log WHERE kind = 'petitions'");
  }
}
