package org.doudi.etl.fileload;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.load.LoadLog;
import org.doudi.warehouse.load.LoadRecord;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records the outcome of one staged file in the load log and in the step's execution context (where
 * the launcher and the job listener find it). Called by a source's writer or tasklet inside the
 * transaction that commits the file, so the record and the rows commit or vanish together.
 */
@Component
public class FileLoadRecorder {

  private final LoadLog loadLog;
  private final JdbcTemplate jdbc;

  FileLoadRecorder(LoadLog loadLog, JdbcTemplate jdbc) {
    this.loadLog = loadLog;
    this.jdbc = jdbc;
  }

  /**
   * Starts the load_log row of a staged file and ties it to its run (a restarted run ties the file
   * to its new row); returns its number.
   */
  public long start(LoadKind kind, String runKey, StagedFile file, String loadedBy) {
    long id = loadLog.start(kind, file.fileName(), file.sha256(), file.sizeBytes(), loadedBy);
    jdbc.update(
        "INSERT OR REPLACE INTO load_run_file (run_key, file_index, load_id) VALUES (?, ?, ?)",
        runKey,
        file.index(),
        id);
    return id;
  }

  /**
   * Starts the load_log row of a staged file and settles the files that are not to be written: a
   * file with errors as REJECTED, the very same bytes loaded before as SKIPPED (已导入). Returns the
   * load's number when the file's rows are to be written, else empty.
   */
  public OptionalLong admit(
      LoadKind kind, String runKey, StagedFile file, String loadedBy, List<String> errors) {
    Optional<LoadRecord> earlier = loadLog.loadedBefore(kind, file.sha256());
    long loadId = start(kind, runKey, file, loadedBy);
    // errors first: a street account's file of another street is refused for what it is, even
    // when the work team loaded the same bytes before (and the clerk learns nothing of that load)
    if (!errors.isEmpty()) {
      finish(file, loadId, FileOutcome.Status.REJECTED, 0, errors);
      return OptionalLong.empty();
    }
    if (earlier.isPresent()) {
      finish(file, loadId, FileOutcome.Status.SKIPPED, 0, List.of(alreadyLoaded(earlier.get())));
      return OptionalLong.empty();
    }
    return OptionalLong.of(loadId);
  }

  /** Finishes the file's load_log row and keeps its outcome; nothing counted, no period changed. */
  public void finish(
      StagedFile file, long loadId, FileOutcome.Status status, long rows, List<String> message) {
    finish(file, loadId, status, rows, message, Set.of(), Map.of());
  }

  /**
   * Finishes the file's load_log row and keeps its outcome and the periods it changed in the
   * running step's context.
   */
  public void finish(
      StagedFile file,
      long loadId,
      FileOutcome.Status status,
      long rows,
      List<String> message,
      Set<Period> periods,
      Map<String, Long> counts) {
    loadLog.finish(loadId, status.logStatus(), rows, String.join("\n", message));
    FileOutcome outcome = new FileOutcome(file.fileName(), status, message, rows, loadId, counts);
    LoadContext.putOutcome(
        StepSynchronizationManager.getContext().getStepExecution().getExecutionContext(),
        file.index(),
        outcome,
        periods);
  }

  /** Returns the message of a file whose very bytes were loaded before: 已导入 …. */
  public static String alreadyLoaded(LoadRecord earlier) {
    String when =
        earlier.finishedAt() == null
            ? ""
            : earlier
                    .finishedAt()
                    .atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
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
        + " 导入，导入记录编号 "
        + earlier.id()
        + "，本次未作改动）";
  }
}
