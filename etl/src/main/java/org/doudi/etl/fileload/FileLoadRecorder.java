package org.doudi.etl.fileload;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.load.LoadLog;
import org.doudi.warehouse.load.LoadRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records the outcome of one staged file in the load log and ties it to its run. Called by the
 * writers inside the file's chunk transaction, so the record and the rows commit or vanish
 * together.
 */
@Component
public class FileLoadRecorder {

  private final LoadLog loadLog;
  private final JdbcTemplate jdbc;

  FileLoadRecorder(LoadLog loadLog, JdbcTemplate jdbc) {
    this.loadLog = loadLog;
    this.jdbc = jdbc;
  }

  /** Starts the load_log row of a staged file; returns its number. */
  public long start(LoadKind kind, String runKey, StagedFile file, String loadedBy) {
    long id = loadLog.start(kind, file.fileName(), file.sha256(), file.sizeBytes(), loadedBy);
    jdbc.update(
        "INSERT INTO load_run_file (run_key, file_index, load_id) VALUES (?, ?, ?)",
        runKey,
        file.index(),
        id);
    return id;
  }

  /**
   * Starts the load_log row of a staged file and settles the files that are not to be written: the
   * very same bytes loaded before end as SKIPPED (已导入), a file with errors as REJECTED. Returns the
   * load's number when the file's rows are to be written, else empty.
   */
  public OptionalLong admit(
      LoadKind kind, String runKey, StagedFile file, String loadedBy, List<String> errors) {
    Optional<LoadRecord> earlier = loadedBefore(kind, file.sha256());
    long loadId = start(kind, runKey, file, loadedBy);
    if (earlier.isPresent()) {
      finish(loadId, FileOutcome.Status.SKIPPED, 0, List.of(alreadyLoaded(earlier.get())));
      return OptionalLong.empty();
    }
    if (!errors.isEmpty()) {
      finish(loadId, FileOutcome.Status.REJECTED, 0, errors);
      return OptionalLong.empty();
    }
    return OptionalLong.of(loadId);
  }

  /** Finishes the load_log row with the file's outcome. */
  public void finish(long loadId, FileOutcome.Status status, long rows, List<String> message) {
    loadLog.finish(loadId, status.logStatus(), rows, String.join("\n", message));
  }

  /** Returns the earlier successful load of the very same bytes, if any. */
  public Optional<LoadRecord> loadedBefore(LoadKind kind, String sha256) {
    return loadLog.loadedBefore(kind, sha256);
  }

  /** Returns the message of a file whose very bytes were loaded before: 已导入 …. */
  public static String alreadyLoaded(LoadRecord earlier) {
    String when =
        earlier.finishedAt() == null
            ? ""
            : earlier
                    .finishedAt()
                    .atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
                    .toLocalDateTime()
                    .withNano(0)
                    .toString()
                    .replace('T', ' ')
                + " ";
    return "已导入（同样内容的文件“"
        + earlier.fileName()
        + "”已于 "
        + when
        + "由 "
        + earlier.loadedBy()
        + " 导入，本次未作改动）";
  }
}
