package org.doudi.dashboard.petition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.doudi.etl.petition.PetitionLoadResult;
import org.doudi.etl.petition.PetitionLoader;
import org.doudi.warehouse.DuckDbDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Service;

/**
 * Runs petition-log uploads from the web page one at a time in the background and keeps their
 * progress for the page to poll: rows, percent, and at the end the load's result.
 */
@Service
@ConditionalOnWebApplication
class PetitionUploads implements DisposableBean {

  /** What the page shows while and after a file loads. */
  record Status(
      String fileName,
      String phase,
      long rows,
      int percent,
      boolean done,
      String outcome,
      String message) {}

  private final PetitionLoader loader;
  private final DuckDbDataSource dataSource;
  private final ExecutorService worker = Executors.newSingleThreadExecutor();
  private final Map<String, Status> statuses = new ConcurrentHashMap<>();

  PetitionUploads(PetitionLoader loader, DuckDbDataSource dataSource) {
    this.loader = loader;
    this.dataSource = dataSource;
  }

  /** Stores the upload beside the warehouse and queues its load; returns the token to poll. */
  String start(String fileName, InputStream content, boolean skipBadRows, String username)
      throws IOException {
    String token = UUID.randomUUID().toString();
    Path folder = dataSource.settings().home().resolve("uploads");
    Files.createDirectories(folder);
    Path file = folder.resolve("petitions-" + token);
    Files.copy(content, file);
    statuses.put(token, new Status(fileName, "排队", 0, 0, false, null, null));
    worker.submit(
        () -> {
          try {
            PetitionLoadResult result =
                loader.load(
                    file,
                    fileName,
                    skipBadRows,
                    username,
                    (phase, rows, percent) ->
                        statuses.put(
                            token, new Status(fileName, phase, rows, percent, false, null, null)));
            statuses.put(
                token,
                new Status(
                    fileName,
                    "完成",
                    result.newCases() + result.updatedCases(),
                    100,
                    true,
                    result.outcome().name(),
                    result.message()
                        + (result.outcome() == PetitionLoadResult.Outcome.LOADED
                            ? String.format("；用时 %.1f 秒", result.seconds())
                            : "")));
          } catch (Exception e) {
            statuses.put(token, new Status(fileName, "失败", 0, 100, true, "FAILED", e.getMessage()));
          } finally {
            try {
              Files.deleteIfExists(file);
            } catch (IOException ignored) {
              // the uploads folder is cleared by the next upload of the same name at worst
            }
          }
        });
    return token;
  }

  /** Returns the status of an upload, or null for an unknown token. */
  Status status(String token) {
    return statuses.get(token);
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
  }
}
