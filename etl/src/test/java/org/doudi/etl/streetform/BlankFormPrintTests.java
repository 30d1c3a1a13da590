package org.doudi.etl.streetform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.doudi.etl.EtlTestApplication;
import org.doudi.etl.WarehouseTest;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.Street;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The blank form prints as a clerk expects: one landscape A4 page, table and notes together. */
@SpringBootTest(classes = EtlTestApplication.class)
class BlankFormPrintTests extends WarehouseTest {

  @Autowired BlankForm blankForm;

  @Test
  void theBlankFormPrintsOnOneLandscapePageWithItsNotes() throws Exception {
    // when
    byte[] bytes = blankForm.xlsx(new Street("taopuzhen", "桃浦镇", 10), Period.of(2025, 1));

    // then
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = workbook.getSheetAt(0);
      PrintSetup print = sheet.getPrintSetup();
      assertThat(print.getLandscape()).isTrue();
      assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(sheet.getFitToPage()).isTrue();
      assertThat(print.getFitWidth()).isEqualTo((short) 1);
      assertThat(print.getFitHeight()).isEqualTo((short) 1);
      int notes = sheet.getLastRowNum();
      assertThat(sheet.getRow(notes).getCell(0).getStringCellValue()).startsWith("3.");
      assertThat(workbook.getPrintArea(0)).endsWith("!$A$1:$P$" + (notes + 1));
      assertThat(sheet.getMergedRegions())
          .contains(new CellRangeAddress(notes, notes, 0, 15), new CellRangeAddress(8, 8, 0, 15));
    }
  }
}
