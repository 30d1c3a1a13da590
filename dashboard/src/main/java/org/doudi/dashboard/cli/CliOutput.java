package org.doudi.dashboard.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Where a command writes: data to {@code out}, status and errors to {@code err}; and where it reads
 * secrets such as passwords from.
 *
 * @param out standard output, for data
 * @param err standard error, for status lines and messages
 * @param in standard input
 */
public record CliOutput(PrintStream out, PrintStream err, InputStream in) {

  /** Returns the process's own streams, writing UTF-8. */
  public static CliOutput system() {
    return new CliOutput(
        new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
        new PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8),
        System.in);
  }
}
