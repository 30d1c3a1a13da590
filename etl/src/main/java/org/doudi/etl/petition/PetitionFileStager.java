package org.doudi.etl.petition;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rewrites a petition export (CSV in UTF-8 with or without BOM, GBK/GB18030, or .xlsx) as UTF-8 CSV
 * in the inbox, where DuckDB may read it, prefixing every record with its line number in the user's
 * file. It streams: whatever the file's size, it holds one buffer, never the file.
 */
final class PetitionFileStager {

  static final Charset GB18030 = Charset.forName("GB18030");
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
  static StagedFile stage(Path source, String displayName, Path target, PetitionProgress progress)
      throws IOException, PetitionFileRejectedException {
    Files.createDirectories(target.getParent());
    if (isXlsx(source, displayName)) {
      return XlsxPetitionStager.stage(source, target, progress);
    }
    return stageCsv(source, target, progress);
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

  /**
   * Returns the charset of a CSV file: UTF-8 when its start decodes strictly as UTF-8, else GBK.
   */
  static Charset detect(Path source) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(source)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    int utf8 = decodableBytes(head, StandardCharsets.UTF_8);
    if (utf8 == head.length) {
      return StandardCharsets.UTF_8;
    }
    // neither need be clean: the one that reads further is the file's, and the load names the line
    return decodableBytes(head, GB18030) > utf8 ? GB18030 : StandardCharsets.UTF_8;
  }

  /** Returns how many bytes of the sample decode before the first error (all if none). */
  private static int decodableBytes(byte[] sample, Charset charset) {
    CharsetDecoder decoder = strict(charset);
    ByteBuffer in = ByteBuffer.wrap(sample);
    CharBuffer out = CharBuffer.allocate(sample.length + 1);
    // not the end of input: a sequence cut by the sample's end is not an error
    CoderResult result = decoder.decode(in, out, false);
    return result.isError() ? in.position() : sample.length;
  }

  /** Returns the first line of a GBK file that does not decode, for the rejection message. */
  private static long firstNonGbkLine(Path source) throws IOException {
    CharsetDecoder decoder = strict(GB18030);
    long line = 1;
    java.io.ByteArrayOutputStream current = new java.io.ByteArrayOutputStream();
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(source))) {
      int b;
      while ((b = in.read()) >= 0) {
        if (b == '\n') {
          if (!decodes(decoder, current.toByteArray())) {
            return line;
          }
          current.reset();
          line++;
        } else {
          current.write(b);
        }
      }
    }
    return line;
  }

  /** Returns a decoder that reports bytes it cannot decode instead of replacing them. */
  private static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean decodes(CharsetDecoder decoder, byte[] bytes) {
    try {
      decoder.reset().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static StagedFile stageCsv(Path source, Path target, PetitionProgress progress)
      throws IOException, PetitionFileRejectedException {
    return detect(source).equals(StandardCharsets.UTF_8)
        ? stageUtf8(source, target, progress)
        : stageGbk(source, target, progress);
  }

  /** Stages a GBK file, decoding it strictly and writing it again as UTF-8. */
  private static StagedFile stageGbk(Path source, Path target, PetitionProgress progress)
      throws IOException, PetitionFileRejectedException {
    long size = Math.max(1, Files.size(source));
    CharsetDecoder decoder = strict(GB18030);
    CountingInputStream counting = new CountingInputStream(Files.newInputStream(source));
    long line = 1;
    long rows = 0;
    try (Reader in = new InputStreamReader(counting, decoder);
        Writer out =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8),
                BUFFER)) {
      char[] buf = new char[BUFFER];
      char[] outBuf = new char[BUFFER * 2 + 64];
      // the header: read up to its end, map the columns
      StringBuilder header = new StringBuilder();
      boolean inQuotes = false;
      int pos = 0;
      int len = 0;
      boolean headerDone = false;
      while (!headerDone) {
        len = read(in, buf, source);
        if (len < 0) {
          break;
        }
        for (pos = 0; pos < len; pos++) {
          char c = buf[pos];
          if (c == '"') {
            inQuotes = !inQuotes;
          } else if (c == '\n' && !inQuotes) {
            headerDone = true;
            pos++;
            break;
          }
          header.append(c);
        }
      }
      Header head = Header.of(header.toString());
      char delimiter = head.delimiter();
      out.write(head.stagedLine());
      line = 2;
      boolean recordStart = true;
      inQuotes = false;
      String prefixTail = String.valueOf(delimiter);
      long nextReport = 1 << 20;
      // the data: copy, prefixing each record (not each physical line) with its line number
      while (true) {
        if (pos >= len) {
          len = read(in, buf, source);
          pos = 0;
          if (len < 0) {
            break;
          }
        }
        int o = 0;
        for (; pos < len; pos++) {
          char c = buf[pos];
          if (recordStart) {
            if (c == '\n') {
              line++;
              continue;
            }
            if (c == '\r') {
              continue;
            }
            out.write(outBuf, 0, o);
            o = 0;
            out.write(Long.toString(line));
            out.write(prefixTail);
            recordStart = false;
            rows++;
          }
          if (c == '"') {
            inQuotes = !inQuotes;
          } else if (c == '\r' && !inQuotes) {
            // line ends become \n alone: DuckDB reads one kind of line end per file
            continue;
          } else if (c == '\n') {
            line++;
            if (!inQuotes) {
              recordStart = true;
            }
          }
          outBuf[o++] = c;
        }
        out.write(outBuf, 0, o);
        if (counting.count() >= nextReport) {
          nextReport = counting.count() + (1 << 22);
          progress.update("读取", rows, (int) (counting.count() * 60 / size));
        }
      }
      if (!recordStart) {
        out.write('\n');
      }
      progress.update("读取", rows, 60);
      return new StagedFile(target, delimiter, head.columns(), rows, "GBK");
    }
  }

  /**
   * Stages a UTF-8 file byte by byte: the structure characters (quote, line ends) are ASCII and
   * never occur inside a multi-byte UTF-8 sequence, so the file need not be decoded. It is not
   * checked here either: {@link PetitionFileCheck} does that on another core while this runs, and
   * the load refuses the staged copy of a file that is not UTF-8 after all.
   */
  private static StagedFile stageUtf8(Path source, Path target, PetitionProgress progress)
      throws IOException, PetitionFileRejectedException {
    long size = Math.max(1, Files.size(source));
    try (InputStream in = Files.newInputStream(source);
        OutputStream out = Files.newOutputStream(target)) {
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
      return new StagedFile(target, head.delimiter(), head.columns(), rows, "UTF-8");
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
        "第 " + line + " 行：有无法按 " + encoding + " 解码的字节（文件应为 UTF-8 或 GBK 编码的 CSV，或 .xlsx 工作簿），文件未导入");
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
      char delimiter = delimiterOf(text);
      return new Header(text, delimiter, mapHeader(splitHeader(text, delimiter)));
    }

    /** The header as staged: the line-number column first. */
    String stagedLine() {
      return "_line" + delimiter + text + "\n";
    }
  }

  private static int read(Reader in, char[] buf, Path source)
      throws IOException, PetitionFileRejectedException {
    try {
      return in.read(buf);
    } catch (CharacterCodingException e) {
      throw undecodable(firstNonGbkLine(source), "GBK");
    }
  }

  private static char delimiterOf(String header) {
    int commas = count(header, ',');
    int tabs = count(header, '\t');
    int semicolons = count(header, ';');
    if (tabs > commas && tabs >= semicolons) {
      return '\t';
    }
    if (semicolons > commas) {
      return ';';
    }
    return ',';
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /** Splits one CSV record (the header) into its fields, honouring double quotes. */
  static List<String> splitHeader(String text, char delimiter) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean inQuotes = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        if (inQuotes && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          inQuotes = !inQuotes;
        }
      } else if (c == delimiter && !inQuotes) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
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

  /** Counts the bytes read, for the progress percentage. */
  private static final class CountingInputStream extends FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    long count() {
      return count;
    }
  }
}
