package org.doudi.etl.petition;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.doudi.etl.fileload.LoadProgress;
import org.doudi.etl.sheet.CsvGrids;
import org.doudi.etl.sheet.Encodings;

/**
 * Rewrites a petition export (CSV in UTF-8 with or without BOM, GBK/GB18030, UTF-16 with its BOM,
 * or .xlsx) as UTF-8 CSV in the inbox, where DuckDB may read it, prefixing every record with its
 * line number in the user's file. One byte-level pass does it for every encoding: a file that is
 * not UTF-8 is decoded strictly and fed to it as UTF-8. It streams: whatever the file's size, it
 * holds one buffer, never the file.
 */
final class PetitionFileStager {

  private static final int SNIFF_BYTES = 1 << 16;
  private static final int BUFFER = 1 << 16;

  /** The bytes that shape a CSV file's records: quote, carriage return, line feed. */
  private static final boolean[] STRUCTURE = new boolean[256];

  static {
    STRUCTURE['"'] = true;
    STRUCTURE['\r'] = true;
    STRUCTURE['\n'] = true;
  }

  private PetitionFileStager() {}

  /** Stages the file; rejects it when it cannot be decoded or lacks a required column. */
  static Utf8CsvFile stage(Path source, String displayName, Path target, LoadProgress progress)
      throws IOException, PetitionFileRejectedException {
    Files.createDirectories(target.getParent());
    if (isXlsx(source, displayName)) {
      return XlsxPetitionStager.stage(source, target, progress);
    }
    Encodings.Detected encoding = detect(source);
    try (InputStream raw = Files.newInputStream(source)) {
      raw.skipNBytes(encoding.bom());
      InputStream utf8 =
          encoding.charset().equals(StandardCharsets.UTF_8)
              ? raw
              : new Utf8Transcoding(raw, encoding.charset());
      return stageUtf8(utf8, Files.size(source), target, progress, encoding.label());
    } catch (CharacterCodingException e) {
      throw undecodable(firstBadLine(source, encoding), encoding.label());
    }
  }

  private static boolean isXlsx(Path source, String displayName) throws IOException {
    String name = displayName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
      return true;
    }
    byte[] head = new byte[4];
    try (InputStream in = Files.newInputStream(source)) {
      int read = in.readNBytes(head, 0, 4);
      // a zip file (PK\3\4) is an Office Open XML workbook whatever its name says
      return read == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
  }

  /** Returns the encoding of a CSV file, told by its first bytes. */
  static Encodings.Detected detect(Path source) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(source)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    return Encodings.detect(head, head.length);
  }

  /** Returns the first line that does not decode in the file's encoding, for the message. */
  private static long firstBadLine(Path source, Encodings.Detected encoding) throws IOException {
    long line = 1;
    char[] buffer = new char[BUFFER];
    try (InputStream raw = Files.newInputStream(source)) {
      raw.skipNBytes(encoding.bom());
      Reader in = new InputStreamReader(raw, Encodings.strict(encoding.charset()));
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            line++;
          }
        }
      }
    } catch (CharacterCodingException e) {
      return line;
    }
    return line;
  }

  /**
   * Stages UTF-8 byte by byte: the structure characters (quote, line ends) are ASCII and never
   * occur inside a multi-byte UTF-8 sequence, so the bytes need not be decoded. A UTF-8 file is not
   * checked here either: {@link PetitionFileCheck} does that on another core while this runs, and
   * the load refuses the rewrite of a file that is not UTF-8 after all. The progress counts the
   * bytes of UTF-8 passed, which for a transcoded file runs a little ahead of its own size.
   */
  private static Utf8CsvFile stageUtf8(
      InputStream in, long sourceSize, Path target, LoadProgress progress, String encoding)
      throws IOException, PetitionFileRejectedException {
    long size = Math.max(1, sourceSize);
    try (OutputStream out = Files.newOutputStream(target)) {
      byte[] buf = new byte[BUFFER];
      long consumed = 0;
      // the header: read up to its end, map the columns
      java.io.ByteArrayOutputStream header = new java.io.ByteArrayOutputStream();
      boolean inQuotes = false;
      int pos = 0;
      int len = 0;
      boolean headerDone = false;
      while (!headerDone) {
        len = in.read(buf);
        if (len < 0) {
          break;
        }
        consumed += len;
        for (pos = 0; pos < len; pos++) {
          byte b = buf[pos];
          if (b == '"') {
            inQuotes = !inQuotes;
          } else if (b == '\n' && !inQuotes) {
            headerDone = true;
            pos++;
            break;
          }
          header.write(b);
        }
      }
      Header head = Header.of(header.toString(StandardCharsets.UTF_8));
      out.write(head.stagedLine().getBytes(StandardCharsets.UTF_8));
      byte delimiter = (byte) head.delimiter();
      // flushed past BUFFER; one pass adds a run of at most BUFFER bytes and a line number
      byte[] staged = new byte[BUFFER * 2 + 64];
      int o = 0;
      long line = 2;
      long rows = 0;
      boolean recordStart = true;
      inQuotes = false;
      long nextReport = 1 << 20;
      // the data: copy runs of bytes, prefixing each record (not each physical line) with its
      // line number and leaving out carriage returns outside quotes and blank lines
      while (true) {
        if (pos >= len) {
          len = in.read(buf);
          pos = 0;
          if (len < 0) {
            break;
          }
          consumed += len;
        }
        while (pos < len) {
          byte b = buf[pos];
          if (recordStart) {
            if (b == '\n' || b == '\r') {
              line += b == '\n' ? 1 : 0;
              pos++;
              continue;
            }
            o = digits(line, staged, o);
            staged[o++] = delimiter;
            recordStart = false;
            rows++;
          }
          int from = pos;
          while (pos < len && !STRUCTURE[buf[pos] & 0xFF]) {
            pos++;
          }
          System.arraycopy(buf, from, staged, o, pos - from);
          o += pos - from;
          if (pos < len) {
            b = buf[pos++];
            if (b == '"') {
              inQuotes = !inQuotes;
              staged[o++] = b;
            } else if (b == '\n') {
              line++;
              recordStart = !inQuotes;
              staged[o++] = b;
            } else if (inQuotes) {
              staged[o++] = b;
            } // a carriage return outside quotes: line ends become \n alone, as DuckDB wants
          }
          if (o > BUFFER) {
            out.write(staged, 0, o);
            o = 0;
          }
        }
        if (consumed >= nextReport) {
          nextReport = consumed + (1 << 22);
          progress.update("读取", rows, (int) (consumed * 60 / size));
        }
      }
      if (!recordStart) {
        staged[o++] = '\n';
      }
      out.write(staged, 0, o);
      progress.update("读取", rows, 60);
      return new Utf8CsvFile(target, head.delimiter(), head.columns(), rows, encoding);
    }
  }

  /** Writes the decimal digits of value into out at offset; returns the offset after them. */
  private static int digits(long value, byte[] out, int offset) {
    int end = offset + 1;
    for (long rest = value; rest >= 10; rest /= 10) {
      end++;
    }
    long rest = value;
    for (int i = end - 1; i >= offset; i--) {
      out[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    return end;
  }

  static PetitionFileRejectedException undecodable(long line, String encoding) {
    return new PetitionFileRejectedException(
        "第 "
            + line
            + " 行：有无法按 "
            + encoding
            + " 解码的字节（文件应为 UTF-8、GBK 或带字节顺序标记的 UTF-16 编码的 CSV/文本文件，或 .xlsx 工作簿），文件未导入");
  }

  /**
   * The header record: its text without a byte-order mark or carriage returns, the delimiter it
   * uses and the column each field names (null where doudi does not read the column).
   */
  private record Header(String text, char delimiter, List<PetitionColumn> columns) {

    static Header of(String raw) throws PetitionFileRejectedException {
      String text = raw;
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      text = text.replace("\r", "");
      if (text.isBlank()) {
        throw new PetitionFileRejectedException("第 1 行：文件为空，没有表头");
      }
      char delimiter = Encodings.delimiter(text);
      return new Header(text, delimiter, mapHeader(CsvGrids.fields(text, delimiter)));
    }

    /** The header as staged: the line-number column first. */
    String stagedLine() {
      return "_line" + delimiter + text + "\n";
    }
  }

  /**
   * Maps header texts to columns; rejects a header that lacks a required column or names one twice.
   */
  static List<PetitionColumn> mapHeader(List<String> headers) throws PetitionFileRejectedException {
    List<PetitionColumn> columns = new ArrayList<>();
    Set<PetitionColumn> seen = EnumSet.noneOf(PetitionColumn.class);
    List<String> reasons = new ArrayList<>();
    for (String header : headers) {
      PetitionColumn column = PetitionColumn.match(header).orElse(null);
      if (column != null && !seen.add(column)) {
        reasons.add("第 1 行：列“" + header.strip() + "”重复（已有“" + column.label() + "”列）");
      }
      columns.add(column);
    }
    for (PetitionColumn column : PetitionColumn.values()) {
      if (column.required() && !seen.contains(column)) {
        reasons.add("第 1 行：缺少“" + column.label() + "”列");
      }
    }
    if (!reasons.isEmpty()) {
      throw new PetitionFileRejectedException(reasons);
    }
    return columns;
  }
}
