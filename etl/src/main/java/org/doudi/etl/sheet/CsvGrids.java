package org.doudi.etl.sheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a CSV file into a {@link Grid}, telling its encoding by itself and never replacing a bad
 * byte silently: strict UTF-8 (with or without BOM), then strict GB18030 (which covers GBK), else a
 * rejection naming the line of the first byte neither accepts.
 */
public final class CsvGrids {

  private CsvGrids() {}

  /** Decodes and parses a CSV file; the first row is taken as the header that names columns. */
  public static Grid read(byte[] bytes, String fileName) {
    String text = decode(bytes, fileName);
    char delimiter = Encodings.delimiter(text.substring(0, Math.max(0, text.indexOf('\n') + 1)));
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    parse(text, delimiter, records, lines, fileName);
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

  /** Splits one CSV record (a header line) into its fields, honouring double quotes. */
  public static List<String> fields(String line, char delimiter) {
    List<List<String>> records = new ArrayList<>();
    parse(line, delimiter, records, new ArrayList<>(), "");
    return records.isEmpty() ? List.of("") : records.get(0);
  }

  /**
   * Returns the text of the bytes: in the encoding its byte-order mark names (UTF-8, or UTF-16 as
   * Excel's "Unicode 文本" writes), else in the first of UTF-8 and GB18030 that decodes every byte.
   */
  static String decode(byte[] bytes, String fileName) {
    Optional<Encodings.Detected> marked = Encodings.bom(bytes, bytes.length);
    List<Charset> candidates =
        marked.isPresent()
            ? List.of(marked.get().charset())
            : List.of(StandardCharsets.UTF_8, Encodings.GB18030);
    int offset = marked.map(Encodings.Detected::bom).orElse(0);
    for (Charset charset : candidates) {
      try {
        return Encodings.strict(charset)
            .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
            .toString();
      } catch (CharacterCodingException e) {
        // the next candidate, or the rejection below
      }
    }
    long line =
        candidates.stream()
            .mapToLong(charset -> Encodings.firstBadLine(bytes, charset, offset))
            .max()
            .orElse(1);
    String which =
        marked.isPresent()
            ? "文件标明为 " + marked.get().label() + " 编码，但有无法按此解码的字节（文件可能已损坏）"
            : "文件既不是 UTF-8 也不是 GBK 编码（或已损坏）";
    throw new SheetRejectedException(
        fileName + " 第" + line + "行：含有无法识别的字符，" + which + "；请在 Excel/WPS 中另存为“CSV UTF-8”后再上传");
  }

  /** Splits RFC 4180 CSV (quotes, doubled quotes, line breaks inside quotes, CRLF). */
  private static void parse(
      String text,
      char delimiter,
      List<List<String>> records,
      List<Integer> lines,
      String fileName) {
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
      if (c == delimiter) {
        record.add(field.toString());
        field.setLength(0);
        any = true;
        continue;
      }
      switch (c) {
        case '"' -> {
          quoted = true;
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
      throw new SheetRejectedException(fileName + " 第" + recordLine + "行：引号没有闭合，文件可能被截断");
    }
    if (any || field.length() > 0) {
      record.add(field.toString());
      records.add(record);
      lines.add(recordLine);
    }
  }
}
