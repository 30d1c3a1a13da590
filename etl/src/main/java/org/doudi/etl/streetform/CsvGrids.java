package org.doudi.etl.streetform;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file into a {@link Grid}, telling its encoding by itself and never replacing a bad
 * byte silently: strict UTF-8 (with or without BOM), then strict GB18030 (which covers GBK), else a
 * rejection naming the line of the first byte neither accepts.
 */
public final class CsvGrids {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private CsvGrids() {}

  /** Decodes and parses a CSV file; the first row is taken as the header that names columns. */
  public static Grid read(byte[] bytes, String fileName) {
    String text = decode(bytes, fileName);
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    parse(text, records, lines, fileName);
    List<String> header = records.isEmpty() ? List.of() : records.get(0);
    int width = records.stream().mapToInt(List::size).max().orElse(0);
    List<List<SheetCell>> rows = new ArrayList<>();
    for (int r = 0; r < records.size(); r++) {
      List<String> record = records.get(r);
      List<SheetCell> cells = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        String column =
            c < header.size() && !header.get(c).isBlank()
                ? "“" + header.get(c).strip() + "”列"
                : "第" + (c + 1) + "列";
        String ref = r == 0 ? "第1行第" + (c + 1) + "列" : "第" + lines.get(r) + "行" + column;
        cells.add(SheetCell.text(ref, c < record.size() ? record.get(c) : ""));
      }
      rows.add(cells);
    }
    return new Grid(fileName, null, rows);
  }

  /** Returns the text of the bytes in the first encoding that decodes every byte. */
  static String decode(byte[] bytes, String fileName) {
    int offset =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    ByteBuffer utf8 = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return strict(StandardCharsets.UTF_8).decode(utf8).toString();
    } catch (CharacterCodingException notUtf8) {
      if (offset == 0) {
        try {
          return strict(GB18030).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notGbk) {
          // fall through to the rejection below
        }
      }
    }
    int bad = firstBadByte(bytes, offset);
    int line = 1;
    for (int i = 0; i < bad && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    throw new FormRejectedException(
        fileName
            + " 第"
            + line
            + "行：含有无法识别的字符，文件既不是 UTF-8 也不是 GBK 编码（或已损坏）；请在 Excel/WPS 中另存为“CSV UTF-8”后再上传");
  }

  /** Returns where decoding fails in the encoding that gets farthest: the likely intended one. */
  private static int firstBadByte(byte[] bytes, int offset) {
    int utf8 = failsAt(StandardCharsets.UTF_8, bytes, offset);
    return offset > 0 ? utf8 : Math.max(utf8, failsAt(GB18030, bytes, 0));
  }

  private static int failsAt(Charset charset, byte[] bytes, int offset) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    strict(charset).decode(in, out, true);
    return in.position();
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Splits RFC 4180 CSV (quotes, doubled quotes, line breaks inside quotes, CRLF). */
  private static void parse(
      String text, List<List<String>> records, List<Integer> lines, String fileName) {
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int line = 1;
    int recordLine = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          quoted = true;
          any = true;
        }
        case ',' -> {
          record.add(field.toString());
          field.setLength(0);
          any = true;
        }
        case '\r' -> {}
        case '\n' -> {
          if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
          }
          record = new ArrayList<>();
          field.setLength(0);
          any = false;
          line++;
          recordLine = line;
        }
        default -> {
          field.append(c);
          any = true;
        }
      }
    }
    if (quoted) {
      throw new FormRejectedException(fileName + " 第" + recordLine + "行：引号没有闭合，文件可能被截断");
    }
    if (any || field.length() > 0) {
      record.add(field.toString());
      records.add(record);
      lines.add(recordLine);
    }
  }
}
