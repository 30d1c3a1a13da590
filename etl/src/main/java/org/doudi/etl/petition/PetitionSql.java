package org.doudi.etl.petition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the load's statements from {@code sql/petition/} on the classpath. */
final class PetitionSql {

  static final String STAGE = read("stage.sql");
  static final String ERRORS = read("errors.sql");
  static final String KEPT = read("kept.sql");
  static final String UPSERT = read("upsert.sql");

  private PetitionSql() {}

  private static String read(String name) {
    try (InputStream in =
        PetitionSql.class.getClassLoader().getResourceAsStream("sql/petition/" + name)) {
      if (in == null) {
        throw new IllegalStateException("sql/petition/" + name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
