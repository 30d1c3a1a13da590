package org.doudi.dashboard.rectification;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.rectification.NewItem;
import org.doudi.warehouse.rectification.ProblemList;
import org.springframework.jdbc.core.JdbcTemplate;

/** An empty problem list, and items of two streets put on it, for the problem-list web tests. */
final class ProblemListFixture {

  /** A small PDF as a street scans it. */
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n整改报告：已收回卡折\n%%EOF\n"
          .getBytes(StandardCharsets.UTF_8);

  private ProblemListFixture() {}

  /** Empties the problem list, its events and evidence, so that each test starts from none. */
  static void clear(JdbcTemplate jdbc) {
    for (String table : List.of("rectification_event", "evidence_file", "rectification_record")) {
      jdbc.execute("DELETE FROM " + table);
    }
  }

  /** Puts a problem of a street on the list as the work team; returns its item number. */
  static long item(ProblemList problems, String street, String description, LocalDate due) {
    return problems.create(
        StreetAccess.all(),
        new NewItem(street, "自查自纠", "卡折代管", description, "社会救助所", "郭强", "补办代管登记", due),
        "analyst1");
  }
}
