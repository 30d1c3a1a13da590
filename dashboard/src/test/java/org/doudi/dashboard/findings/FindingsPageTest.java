package org.doudi.dashboard.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.doudi.dashboard.DashboardTestBase;
import org.junit.jupiter.api.Test;

/** The findings page filters, offers the workflow to the work team, and exports safely. */
class FindingsPageTest extends DashboardTestBase {

  @Test
  void filtersBySeverityAndStatus() throws Exception {
    mvc.perform(
            get("/findings").param("severity", "high").param("status", "open").with(as("leader1")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("共 2 条")))
        .andExpect(content().string(containsString("与纪检数据不一致")))
        .andExpect(content().string(not(containsString("台账受理2件"))));
  }

  @Test
  void filtersByPeriodStreetAndRule() throws Exception {
    mvc.perform(
            get("/findings")
                .param("period", "2024-11")
                .param("street", "changfengxincun")
                .param("rule", "outlier")
                .with(as("analyst1")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("共 1 条")))
        .andExpect(content().string(containsString("统计异常值")));
  }

  @Test
  void workTeamGetsTheActionsLeaderDoesNot() throws Exception {
    mvc.perform(get("/findings").with(as("analyst1")))
        .andExpect(content().string(containsString("data-action=\"explain\"")))
        .andExpect(content().string(containsString("data-action=\"reopen\"")));
    mvc.perform(get("/findings").with(as("leader1")))
        .andExpect(content().string(not(containsString("data-action="))));
  }

  @Test
  void clerkSeesOnlyTheOwnStreetsFindings() throws Exception {
    mvc.perform(get("/findings").with(as("clerk1")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("共 2 条")))
        .andExpect(content().string(not(containsString("长风新村"))))
        .andExpect(content().string(not(containsString("曹杨新村"))));
    mvc.perform(get("/findings").param("street", "changfengxincun").with(as("clerk1")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/findings/export.csv").param("street", "changfengxincun").with(as("clerk1")))
        .andExpect(status().isForbidden());
  }

  @Test
  void csvExportPrefixesValuesThatLookLikeFormulas() throws Exception {
    // when
    byte[] body =
        mvc.perform(get("/findings/export.csv").param("period", "2024-11").with(as("analyst1")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    // then
    String csv = new String(body, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF编号,统计期,街镇,规则,指标,数值,对照数值,数值含义,严重程度,状态,说明\r\n");
    assertThat(csv).contains(",'+212% 人均追回资金高于其他街镇\r\n");
    assertThat(csv).contains("5,2024-11,长风新村街道,统计异常值,三无特困追回资金,2500.00,800.00,街镇数值；对照：对照数值,低,待处理,");
    assertThat(csv.lines().count()).isEqualTo(3);
  }

  @Test
  void csvExportOfAClerkHoldsOnlyTheOwnStreet() throws Exception {
    String csv =
        mvc.perform(get("/findings/export.csv").with(as("clerk1")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).contains("长寿路街道").doesNotContain("长风新村").doesNotContain("曹杨新村");
  }

  @Test
  void xlsxExportKeepsRiskyTextAsQuotedText() throws Exception {
    // when
    byte[] body =
        mvc.perform(get("/findings/export.xlsx").param("period", "2024-11").with(as("leader1")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    // then
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      Sheet sheet = workbook.getSheet("核查发现");
      assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("说明");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      Cell message = null;
      for (int r = 1; r <= 2; r++) {
        if (sheet.getRow(r).getCell(0).getNumericCellValue() == 5) {
          message = sheet.getRow(r).getCell(10);
          assertThat(sheet.getRow(r).getCell(5).getNumericCellValue()).isEqualTo(2500.0);
        }
      }
      assertThat(message).isNotNull();
      assertThat(message.getCellType()).isEqualTo(CellType.STRING);
      assertThat(message.getStringCellValue()).isEqualTo("+212% 人均追回资金高于其他街镇");
      assertThat(message.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void formulaSafeCoversEveryDangerousFirstCharacter() {
    for (String risky : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
      assertThat(org.doudi.dashboard.web.SpreadsheetText.defused(risky)).isEqualTo("'" + risky);
    }
    assertThat(org.doudi.dashboard.web.SpreadsheetText.defused("长寿路街道")).isEqualTo("长寿路街道");
  }
}
