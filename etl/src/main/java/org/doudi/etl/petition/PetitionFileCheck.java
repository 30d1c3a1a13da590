package org.doudi.etl.petition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one read of a petition file tells: its SHA-256 (the same bytes again are 已导入) and the first
 * line that is not UTF-8, if any. The load runs it on another core while the file is staged, so the
 * check costs no time of its own.
 *
 * @param sha256 the file's SHA-256, hex
 * @param firstNonUtf8Line the first line (from 1) holding bytes that are not UTF-8; 0 when none
 */
record PetitionFileCheck(String sha256, long firstNonUtf8Line) {

  /** Reads the file once. */
  static PetitionFileCheck of(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Utf8Check utf8 = new Utf8Check();
    byte[] buffer = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
        utf8.accept(buffer, n);
      }
    }
    return new PetitionFileCheck(HexFormat.of().formatHex(digest.digest()), utf8.firstBadLine());
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

    long firstBadLine() {
      return badLine == 0 && pending > 0 ? line : badLine;
    }
  }
}
