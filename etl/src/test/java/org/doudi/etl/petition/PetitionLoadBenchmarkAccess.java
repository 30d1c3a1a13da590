package org.doudi.etl.petition;

import java.io.IOException;
import java.nio.file.Path;

/** Lets a probe outside the package generate the benchmark's file. */
public final class PetitionLoadBenchmarkAccess {

  private PetitionLoadBenchmarkAccess() {}

  /** Writes an N-row petition file like the benchmark's. */
  public static void generate(Path file, int rows) throws IOException {
    PetitionLoadBenchmark.generate(file, rows);
  }
}
