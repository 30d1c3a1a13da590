package org.doudi.dashboard.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.doudi.dashboard.DashboardTestBase;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.rectification.NewItem;
import org.doudi.warehouse.rectification.ProblemList;
import org.doudi.warehouse.rectification.RectificationWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The district ledger as xlsx, read back with POI: the ledger's columns, values, dates and masks.
 */
class LedgerExportTest extends DashboardTestBase {

  @Autowired ProblemList problems;
  @Autowired RectificationWorkflow workflow;

  long closed;

  @BeforeEach
  void ledger() {
    ProblemListFixture.clear(jdbc);
    closed =
        problems.create(
            StreetAccess.all(),
            new NewItem(
                "caoyangxincun",
                "信访举报",
                "优亲厚友",
                "低保对象 310101198001011234 系村干部亲属，电话 13812345678",
                "社会救助所",
                "王芳",
                "停发并追回",
                LocalDate.of(2024, 12, 15)),
            "analyst1");
    workflow.rectified(
        StreetAccess.all(), closed, "已停发，追回 3000 元", "a.pdf", ProblemListFixture.PDF, "clerk2");
    workflow.requestClosure(StreetAccess.all(), closed, "clerk2");
    workflow.accept(StreetAccess.all(), closed, "analyst1");
    ProblemListFixture.item(problems, "changshoulu", "公示不到位", LocalDate.of(2024, 12, 20));
  }

  @Test
  void theWorkTeamExportsEveryStreetInTheLedgersColumnOrderWithDatesAsDates() throws Exception {
    // when
    byte[] xlsx =
        mvc.perform(get("/rectification/ledger.xlsx").with(as("analyst1")))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        "Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    // then (a copy stays in target/ for a person to open)
    java.nio.file.Files.write(java.nio.file.Path.of("target", "ledger-export.xlsx"), xlsx);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheet("整改台账");
      assertThat(texts(sheet.getRow(0)))
          .containsExactly(
              "街镇", "序号", "问题来源", "问题类型", "问题描述", "责任部门", "责任人", "整改措施", "整改时限", "整改成效", "整改状态",
              "销号日期", "整改编号", "销号审核");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      // streets in the dictionary's order: 长寿路 before 曹杨新村
      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("长寿路街道");
      assertThat(first.getCell(10).getStringCellValue()).isEqualTo("整改中");
      assertThat(first.getCell(11)).isNull();
      Row row = sheet.getRow(2);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("曹杨新村街道");
      assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1.0);
      assertThat(row.getCell(2).getStringCellValue()).isEqualTo("信访举报");
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo("优亲厚友");
      assertThat(row.getCell(4).getStringCellValue())
          .isEqualTo("低保对象 3101**********1234 系村干部亲属，电话 138****5678");
      assertThat(row.getCell(5).getStringCellValue()).isEqualTo("社会救助所");
      assertThat(row.getCell(6).getStringCellValue()).isEqualTo("王芳");
      assertThat(row.getCell(7).getStringCellValue()).isEqualTo("停发并追回");
      assertDate(row.getCell(8), LocalDate.of(2024, 12, 15));
      assertThat(row.getCell(9).getStringCellValue()).isEqualTo("已停发，追回 3000 元");
      assertThat(row.getCell(10).getStringCellValue()).isEqualTo("已销号");
      assertDate(row.getCell(11), LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
      assertThat((long) row.getCell(12).getNumericCellValue()).isEqualTo(closed);
      assertThat(row.getCell(13).getStringCellValue()).isEqualTo("已确认");
    }
    assertThat(
            jdbc.queryForObject(
                "SELECT detail FROM audit_log WHERE action = 'rectification_exported'"
                    + " AND username = 'analyst1' ORDER BY id DESC LIMIT 1",
                String.class))
        .isEqualTo("2 条");
  }

  @Test
  void noPageOrJsonOfTheLedgerShowsAFullIdNumber() throws Exception {
    for (String path :
        List.of(
            "/rectification",
            "/api/rectification",
            "/rectification/" + closed,
            "/api/rectification/" + closed)) {
      String body =
          mvc.perform(get(path).with(as("analyst1")))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(body).doesNotContain("310101198001011234").doesNotContain("13812345678");
    }
  }

  private static void assertDate(Cell cell, LocalDate expected) {
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
    assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(c -> texts.add(c.getStringCellValue()));
    return texts;
  }
}
