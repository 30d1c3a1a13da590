package org.doudi.etl.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvGridsTest {

  @Test
  void excelsUnicodeTextExportIsReadAsTabSeparatedUtf16() throws Exception {
    // given what Excel's "Unicode 文本" writes: UTF-16 LE with its mark, tabs between fields
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    bytes.write("街镇\t统计期\r\n长寿路\t2024-12\r\n".getBytes(StandardCharsets.UTF_16LE));
    // when
    Grid grid = CsvGrids.read(bytes.toByteArray(), "统计表.txt");
    // then
    assertThat(grid.rows())
        .extracting(row -> row.stream().map(SheetCell::text).toList())
        .containsExactly(List.of("街镇", "统计期"), List.of("长寿路", "2024-12"));
    assertThat(grid.cell(1, 0).ref()).isEqualTo("第2行“街镇”列");
  }

  @Test
  void aBigEndianUtf16FileIsReadToo() {
    byte[] body = "\uFEFF街镇,统计期\n万里,2024-11\n".getBytes(StandardCharsets.UTF_16BE);
    assertThat(CsvGrids.read(body, "a.csv").cell(1, 0).text()).isEqualTo("万里");
  }

  @Test
  void aFileMarkedUtf16ThatIsBrokenSaysSoInChinese() {
    byte[] body = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xD8};
    assertThatThrownBy(() -> CsvGrids.read(body, "坏.csv"))
        .isInstanceOf(SheetRejectedException.class)
        .hasMessage(
            "坏.csv 第1行：含有无法识别的字符，文件标明为 UTF-16LE 编码，但有无法按此解码的字节（文件可能已损坏）；请在 Excel/WPS 中另存为“CSV UTF-8”后再上传");
  }

  @Test
  void headerRowsAreFoundByLabelsBelowATitleAndAUnitLine() {
    Grid grid =
        CsvGrids.read(
            "清退名单\n填报单位：长风新村街道\n关系,姓名,街镇\n配偶,张三,长风\n".getBytes(StandardCharsets.UTF_8), "清退名单.csv");
    assertThat(HeaderRows.find(grid, List.of("姓名", "关系", "街镇")::contains, 3)).contains(2);
  }
}
