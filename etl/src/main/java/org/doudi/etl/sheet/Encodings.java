package org.doudi.etl.sheet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells which encoding a text file is in, the way every loader of text files does: the byte-order
 * mark when there is one (UTF-8, or UTF-16 as Excel's "Unicode 文本" export writes), else UTF-8 when
 * the bytes decode strictly as UTF-8, else GB18030 (which covers GBK). Decoders are strict: a byte
 * that does not decode is reported, never replaced.
 */
public final class Encodings {

  /** GB18030, the superset of GBK that Chinese Excel and WPS write. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  private Encodings() {}

  /**
   * An encoding as told by a file's first bytes.
   *
   * @param charset the encoding
   * @param bom the length of its byte-order mark, 0 when there is none
   */
  public record Detected(Charset charset, int bom) {

    /** Returns the encoding's name as messages give it. */
    public String label() {
      return charset.equals(GB18030) ? "GBK" : charset.name();
    }
  }

  /** Returns the encoding a byte-order mark at the start names, if any. */
  public static Optional<Detected> bom(byte[] head, int length) {
    if (length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return Optional.of(new Detected(StandardCharsets.UTF_8, 3));
    }
    if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return Optional.of(new Detected(StandardCharsets.UTF_16LE, 2));
    }
    if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return Optional.of(new Detected(StandardCharsets.UTF_16BE, 2));
    }
    return Optional.empty();
  }

  /**
   * Returns the encoding of a file from its first bytes: the byte-order mark's, else UTF-8 when
   * they decode as UTF-8, else whichever of UTF-8 and GB18030 decodes further (the load names the
   * line where it fails).
   */
  public static Detected detect(byte[] head, int length) {
    Optional<Detected> marked = bom(head, length);
    if (marked.isPresent()) {
      return marked.get();
    }
    int utf8 = decodable(head, length, StandardCharsets.UTF_8);
    if (utf8 == length || decodable(head, length, GB18030) <= utf8) {
      return new Detected(StandardCharsets.UTF_8, 0);
    }
    return new Detected(GB18030, 0);
  }

  /** Returns a decoder that reports bytes it cannot decode instead of replacing them. */
  public static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Returns the line (from 1) of the first byte that does not decode in the given encoding. */
  public static long firstBadLine(byte[] bytes, Charset charset, int offset) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    strict(charset).decode(in, out, true);
    out.flip();
    long line = 1;
    while (out.hasRemaining()) {
      if (out.get() == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Returns the field delimiter a header line uses: tab, semicolon or (the default) comma. */
  public static char delimiter(String header) {
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

  /** Returns how many of the bytes decode before the first error (all if none). */
  private static int decodable(byte[] sample, int length, Charset charset) {
    ByteBuffer in = ByteBuffer.wrap(sample, 0, length);
    CharBuffer out = CharBuffer.allocate(length + 1);
    // not the end of input: a sequence cut by the sample's end is not an error
    CoderResult result = strict(charset).decode(in, out, false);
    return result.isError() ? in.position() : length;
  }
}
