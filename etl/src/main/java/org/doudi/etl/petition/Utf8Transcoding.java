package org.doudi.etl.petition;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.doudi.etl.sheet.Encodings;

/**
 * Reads a text stream in another encoding (GBK, UTF-16) as UTF-8 bytes, decoding strictly: a byte
 * that does not decode throws {@link java.nio.charset.CharacterCodingException} rather than
 * becoming a replacement character. Lets one byte-level stager serve every encoding.
 */
final class Utf8Transcoding extends InputStream {

  private final Reader reader;
  private final char[] chars = new char[1 << 16];
  private byte[] bytes = new byte[0];
  private int position;
  private char pendingHigh;

  Utf8Transcoding(InputStream in, Charset charset) {
    this.reader = new InputStreamReader(in, Encodings.strict(charset));
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] out, int offset, int length) throws IOException {
    while (position >= bytes.length) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(length, bytes.length - position);
    System.arraycopy(bytes, position, out, offset, n);
    position += n;
    return n;
  }

  /** Decodes the next block; a surrogate pair cut by the block's end waits for its other half. */
  private boolean fill() throws IOException {
    int start = 0;
    if (pendingHigh != 0) {
      chars[0] = pendingHigh;
      pendingHigh = 0;
      start = 1;
    }
    int n = reader.read(chars, start, chars.length - start);
    if (n < 0) {
      if (start == 0) {
        return false;
      }
      n = 0;
    }
    int end = start + n;
    if (end > 0 && Character.isHighSurrogate(chars[end - 1]) && n > 0) {
      pendingHigh = chars[--end];
    }
    bytes = new String(chars, 0, end).getBytes(StandardCharsets.UTF_8);
    position = 0;
    return true;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
