package org.doudi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.doudi.reports.delivery.ReminderPlanner;
import org.doudi.reports.delivery.StreetContacts;
import org.doudi.reports.district.DistrictReports;
import org.doudi.reports.internal.ReportFormat;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.findings.FindingsEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A deadline moved in submission_deadline moves the findings, the district report's late list and
 * the 催报 planner together, because all three read period_due.
 */
class DeadlineAgreementTest {

  private static final Period DECEMBER = Period.of(2024, 12);

  @TempDir static Path dir;
  static ConfigurableApplicationContext context;
  static JdbcTemplate jdbc;

  @BeforeAll
  static void openWarehouse() {
    context = ReportsTestApplication.start(dir);
    // 长风新村 filled its 2024-12 form on 2025-01-28; 桃浦镇 sent none
    ReportsTestApplication.load(context, "fixtures/district.sql");
    jdbc = context.getBean(JdbcTemplate.class);
    context.getBean(StreetContacts.class).put("taopuzhen", "赵敏", "taopu@putuo.example", "admin");
  }

  @AfterAll
  static void close() {
    context.close();
  }

  @Test
  void aMovedDeadlineChangesTheFindingsTheReportAndTheRemindersAlike() throws Exception {
    // given the default deadline of 2024-12 (2025-01-25)
    Answer before = answer();

    // when the district moves it to 2025-01-31 (春节顺延)
    jdbc.update(
        "INSERT INTO submission_deadline (period, due_date, note) VALUES (?, DATE '2025-01-31', '春节顺延')",
        DECEMBER.toString());
    Answer after = answer();

    // then every place said late before and on time after, with the same deadline
    assertThat(before.lateFindings()).containsExactly("changfengxincun");
    assertThat(before.missingFinding()).contains("报送截止日 2025-01-25");
    assertThat(before.report()).contains("逾期报送（2025-01-28，截止 2025-01-25）");
    assertThat(before.report()).contains("未报送（截止 2025-01-25）");
    assertThat(before.reminderDeadline()).isEqualTo(LocalDate.of(2025, 1, 25));
    assertThat(before.overdueRemindersOn27th()).isEqualTo(1);

    assertThat(after.lateFindings()).isEmpty();
    assertThat(after.missingFinding()).contains("报送截止日 2025-01-31");
    assertThat(after.report()).contains("按时报送（2025-01-28）").doesNotContain("逾期报送");
    assertThat(after.report()).contains("未报送（截止 2025-01-31）");
    assertThat(after.reminderDeadline()).isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(after.overdueRemindersOn27th()).isZero();
  }

  private record Answer(
      List<String> lateFindings,
      String missingFinding,
      String report,
      LocalDate reminderDeadline,
      int overdueRemindersOn27th) {}

  private static Answer answer() throws Exception {
    context.getBean(FindingsEngine.class).recompute(List.of(DECEMBER));
    List<String> late =
        jdbc.queryForList(
            "SELECT street_code FROM finding WHERE rule = 'late_submission' AND period = ?"
                + " AND status <> 'closed' ORDER BY street_code",
            String.class,
            DECEMBER.toString());
    String missing =
        jdbc.queryForObject(
            "SELECT message FROM finding WHERE rule = 'missing_submission' AND period = ?"
                + " AND street_code = 'taopuzhen' AND status <> 'closed'",
            String.class,
            DECEMBER.toString());
    DistrictReports reports = context.getBean(DistrictReports.class);
    String report = text(reports.render(reports.scope(DECEMBER.toString()), ReportFormat.XLSX));
    ReminderPlanner planner = context.getBean(ReminderPlanner.class);
    jdbc.update("DELETE FROM mail_outbox WHERE kind = 'reminder'");
    int reminders = planner.plan(LocalDate.of(2025, 1, 27));
    return new Answer(late, missing, report, planner.deadline(DECEMBER), reminders);
  }

  private static String text(byte[] xlsx) throws Exception {
    StringBuilder text = new StringBuilder();
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
              text.append(cell.getStringCellValue()).append('\n');
            }
          }
        }
      }
    }
    return text.toString();
  }
}
