package org.doudi.etl.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doudi.etl.fileload.LoadProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetitionFileStagerTests {

  private static final String HEADER = "编号,受理日期,渠道,是否实名,诉求类型,所属街镇,办理状态";

  @TempDir Path dir;

  @Test
  void eachRecordIsPrefixedWithItsLineInTheUsersFile() throws Exception {
    // given: a BOM, CRLF line ends, a blank line, a quoted cell over two lines holding a CRLF of
    // its own and a quote, and no line end after the last record
    String body =
        "\uFEFF"
            + HEADER
            + "\r\n"
            + "A1,2024-11-05,来电,是,投诉举报,长寿路街道,办理中\r\n"
            + "\r\n"
            + "A2,2024-11-06,来信,否,\"其他\r\n说明 \"\"补充\"\"\",万里,已办结\r\n"
            + "A3,2024-11-07,来访,否,其他,万里,办理中";
    Path source = write("a.csv", body.getBytes(StandardCharsets.UTF_8));
    // when
    Utf8CsvFile staged = stage(source);
    // then: line numbers of the user's file; carriage returns go except inside quotes
    assertThat(Files.readString(staged.path()))
        .isEqualTo(
            "_line,"
                + HEADER
                + "\n"
                + "2,A1,2024-11-05,来电,是,投诉举报,长寿路街道,办理中\n"
                + "4,A2,2024-11-06,来信,否,\"其他\r\n说明 \"\"补充\"\"\",万里,已办结\n"
                + "6,A3,2024-11-07,来访,否,其他,万里,办理中\n");
    assertThat(staged.rows()).isEqualTo(3);
    assertThat(staged.encoding()).isEqualTo("UTF-8");
    assertThat(staged.delimiter()).isEqualTo(',');
    assertThat(staged.columns()).startsWith(PetitionColumn.CASE_NO, PetitionColumn.RECEIVED);
  }

  @Test
  void aGbkFileIsStagedAsTheSameUtf8AsItsUtf8Twin() throws Exception {
    // given
    String body =
        HEADER
            + "\r\nB1,2024年11月5日,12345热线,是,投诉举报,曹杨新村,办理中\r\n"
            + "B2,2024/11/6,来电,否,\"政策\n咨询\",长风,已转办\r\n";
    Path utf8 = write("u.csv", body.getBytes(StandardCharsets.UTF_8));
    Path gbk = write("g.csv", body.getBytes(org.doudi.etl.sheet.Encodings.GB18030));
    // when
    Utf8CsvFile fromUtf8 = stage(utf8);
    Utf8CsvFile fromGbk = stage(gbk);
    // then
    assertThat(fromGbk.encoding()).isEqualTo("GBK");
    assertThat(Files.readString(fromGbk.path())).isEqualTo(Files.readString(fromUtf8.path()));
    assertThat(fromGbk.rows()).isEqualTo(fromUtf8.rows()).isEqualTo(2);
  }

  @Test
  void aFileWithoutAHeaderIsRejected() throws Exception {
    Path source = write("empty.csv", "\r\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> stage(source))
        .isInstanceOf(PetitionFileRejectedException.class)
        .hasMessageContaining("第 1 行：文件为空，没有表头");
  }

  @Test
  void theCheckGivesTheFirstLineThatIsNotUtf8() throws Exception {
    byte[] good = (HEADER + "\nC1,2024-11-05\n").getBytes(StandardCharsets.UTF_8);
    assertThat(PetitionFileCheck.firstNonUtf8Line(write("good.csv", good))).isZero();
    // a stray byte, an overlong form, a surrogate, a sequence cut short, and one cut by the end
    assertThat(firstNonUtf8Line(new byte[] {'a', '\n', 'b', '\n', (byte) 0xFF})).isEqualTo(3);
    assertThat(firstNonUtf8Line(new byte[] {'\n', (byte) 0xC0, (byte) 0x80})).isEqualTo(2);
    assertThat(firstNonUtf8Line(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isEqualTo(1);
    assertThat(firstNonUtf8Line(new byte[] {'\n', '\n', (byte) 0xE4, (byte) 0xB8, '\n'}))
        .isEqualTo(3);
    assertThat(firstNonUtf8Line(new byte[] {'\n', (byte) 0xE4, (byte) 0xB8})).isEqualTo(2);
    assertThat(firstNonUtf8Line("长寿路\n𠀀\n".getBytes(StandardCharsets.UTF_8))).isZero();
  }

  private long firstNonUtf8Line(byte[] bytes) throws IOException {
    return PetitionFileCheck.firstNonUtf8Line(write("x.csv", bytes));
  }

  private Utf8CsvFile stage(Path source) throws Exception {
    Path target = dir.resolve("staged-" + source.getFileName());
    return PetitionFileStager.stage(
        source, source.getFileName().toString(), target, LoadProgress.NONE);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }
}
