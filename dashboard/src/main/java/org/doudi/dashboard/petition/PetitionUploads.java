package org.doudi.dashboard.petition;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.etl.fileload.FileLoadRequest;
import org.doudi.etl.fileload.FileNames;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.warehouse.load.LoadKind;
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
      String message) {

    /** The answer for an upload this server does not know: it was cut off by a restart. */
    static final Status INTERRUPTED =
        new Status(
            "上传的文件", "中断", 0, 100, true, "INTERRUPTED", "这次导入因服务器重启而中断，数据未保存（已上传的文件已删除）；请重新上传");
  }

  private final FileLoadLauncher launcher;
  private final ExecutorService worker = Executors.newSingleThreadExecutor();
  private final Map<String, Status> statuses = new ConcurrentHashMap<>();

  PetitionUploads(FileLoadLauncher launcher) {
    this.launcher = launcher;
  }

  /** Moves the upload into the inbox and queues its load; returns the token to poll. */
  String start(
      String givenName, FileLoadLauncher.Transfer content, boolean skipBadRows, String username)
      throws IOException {
    String fileName = FileNames.shown(givenName);
    String token = UUID.randomUUID().toString();
    FileLoadRequest.InputFile received = launcher.receive(LoadKind.PETITIONS, content, fileName);
    statuses.put(token, new Status(fileName, "排队", 0, 0, false, null, null));
    FileLoadRequest request =
        new FileLoadRequest(List.of(received), null, username, null, skipBadRows, true);
    worker.submit(
        () -> {
          long started = System.nanoTime();
          try {
            FileOutcome result =
                launcher
                    .run(
                        LoadKind.PETITIONS,
                        request,
                        (phase, rows, percent) ->
                            statuses.put(
                                token,
                                new Status(fileName, phase, rows, percent, false, null, null)))
                    .get(0);
            String outcome =
                switch (result.status()) {
                  case OK -> "LOADED";
                  case SKIPPED -> "SKIPPED";
                  case REJECTED -> "REJECTED";
                };
            statuses.put(
                token,
                new Status(
                    fileName,
                    "完成",
                    result.rows(),
                    100,
                    true,
                    outcome,
                    String.join("\n", result.message())
                        + (result.status() == FileOutcome.Status.OK
                            ? String.format("；用时 %.1f 秒", (System.nanoTime() - started) / 1e9)
                            : "")));
          } catch (Exception e) {
            statuses.put(token, new Status(fileName, "失败", 0, 100, true, "FAILED", e.getMessage()));
          }
        });
    return token;
  }

  /** Returns the status of an upload; one this server does not know was cut off by a restart. */
  Status status(String token) {
    return statuses.getOrDefault(token, Status.INTERRUPTED);
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
  }
}
