package org.doudi.etl.petition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the first line of a file that is not UTF-8. The load runs it on another core while the file
 * is rewritten, so the check costs no time of its own.
 */
final class PetitionFileCheck {

  private PetitionFileCheck() {}

  /** Returns the first line (from 1) holding bytes that are not UTF-8; 0 when none. */
  static long firstNonUtf8Line(Path file) throws IOException {
    Utf8Check utf8 = new Utf8Check();
    byte[] buffer = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0 && !utf8.found(); n = in.read(buffer)) {
        utf8.accept(buffer, n);
      }
    }
    return utf8.firstBadLine();
  }

  /**
   * Checks UTF-8 strictly (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF), as a
   * strict decoder does, and remembers the line of the first byte that breaks it.
   */
  private static final class Utf8Check {
    private long line = 1;
    private long badLine;
    private int pending;
    private int low = 0x80;
    private int high = 0xBF;

    void accept(byte[] bytes, int length) {
      for (int i = 0; i < length && badLine == 0; i++) {
        int b = bytes[i] & 0xFF;
        if (pending > 0) {
          if (b < low || b > high) {
            badLine = line;
          }
          pending--;
          low = 0x80;
          high = 0xBF;
        } else if (b < 0x80) {
          if (b == '\n') {
            line++;
          }
        } else if (b >= 0xC2 && b <= 0xDF) {
          pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
          pending = 2;
          low = b == 0xE0 ? 0xA0 : 0x80;
          high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
          pending = 3;
          low = b == 0xF0 ? 0x90 : 0x80;
          high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
          badLine = line;
        }
      }
    }

    boolean found() {
      return badLine != 0;
    }

    long firstBadLine() {
      return badLine == 0 && pending > 0 ? line : badLine;
    }
  }
}
