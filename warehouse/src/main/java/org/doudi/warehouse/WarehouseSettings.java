package org.doudi.warehouse;

import java.nio.file.Path;
import java.util.List;

/**
 * Says where the warehouse file lives and how the DuckDB instance over it is bounded.
 *
 * @param path the warehouse file; the instance's other state (logs, backups, inbox) lives in its
 *     folder
 * @param memoryLimit DuckDB's {@code memory_limit}, e.g. {@code 2GB}
 * @param threads DuckDB's worker threads
 * @param readableDirectories folders DuckDB itself may read and write (the ingestion inbox, the
 *     backup folder); everything else on disk is closed to it
 */
public record WarehouseSettings(
    Path path, String memoryLimit, int threads, List<Path> readableDirectories) {

  /** Returns the folder beside the warehouse file that holds the instance's other state. */
  public Path home() {
    Path parent = path.toAbsolutePath().getParent();
    return parent == null ? Path.of(".").toAbsolutePath() : parent;
  }

  /** Returns the ingestion inbox, where loaders stage files for DuckDB's own readers. */
  public Path inbox() {
    return home().resolve("inbox");
  }
}
