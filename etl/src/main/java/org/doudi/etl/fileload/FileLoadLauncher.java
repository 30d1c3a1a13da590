package org.doudi.etl.fileload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.WarehouseSettings;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.load.LoadLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Runs a file loader job over a set of files: refuses files that are too large before touching
 * them, stages the rest in the inbox, starts the job (or restarts the same run when an earlier
 * attempt died midway), and returns each file's outcome in the order given.
 */
@Component
public class FileLoadLauncher {

  private static final Logger log = LoggerFactory.getLogger(FileLoadLauncher.class);

  private final JobOperator jobOperator;
  private final JobRepository jobRepository;
  private final JdbcTemplate jdbc;
  private final LoadLog loadLog;
  private final WarehouseSettings warehouse;
  private final DataSize maxFileSize;

  FileLoadLauncher(
      JobOperator jobOperator,
      JobRepository jobRepository,
      JdbcTemplate jdbc,
      LoadLog loadLog,
      WarehouseSettings warehouse,
      @Value("${doudi.forms.max-file-size:20MB}") DataSize maxFileSize) {
    this.jobOperator = jobOperator;
    this.jobRepository = jobRepository;
    this.jdbc = jdbc;
    this.loadLog = loadLog;
    this.warehouse = warehouse;
    this.maxFileSize = maxFileSize;
  }

  /** Returns the largest file a loader accepts. */
  public DataSize maxFileSize() {
    return maxFileSize;
  }

  /**
   * Loads the files with the job; one load at a time per process, since DuckDB serialises writers
   * anyway and a version number must not be handed out twice.
   */
  public synchronized List<FileOutcome> run(LoadKind kind, Job job, FileLoadRequest request)
      throws IOException {
    FileOutcome[] outcomes = new FileOutcome[request.files().size()];
    List<Path> accepted = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    StringBuilder key = new StringBuilder(kind.key()).append('\n');
    key.append(request.loadedBy()).append('\n').append(request.period()).append('\n');
    key.append(request.requiredStreet()).append('\n');
    for (int i = 0; i < request.files().size(); i++) {
      FileLoadRequest.InputFile input = request.files().get(i);
      String refusal = refusal(input);
      if (refusal != null) {
        long id =
            loadLog.start(kind, input.fileName(), null, sizeOf(input.path()), request.loadedBy());
        loadLog.finish(id, "rejected", 0, refusal);
        outcomes[i] =
            new FileOutcome(input.fileName(), FileOutcome.Status.REJECTED, List.of(refusal), 0, id);
        continue;
      }
      accepted.add(input.path());
      names.add(input.fileName());
      positions.add(i);
      key.append(input.fileName())
          .append('\t')
          .append(StagingArea.sha256(input.path()))
          .append('\n');
    }
    if (!accepted.isEmpty()) {
      String runKey = StagingArea.sha256(key.toString().getBytes(StandardCharsets.UTF_8));
      Path staging = warehouse.inbox().resolve(kind.key()).resolve(runKey);
      StagingArea.stage(staging, accepted, names);
      String effectiveKey = launch(job, runKey, staging, request);
      Map<Integer, FileOutcome> byIndex = outcomesOf(effectiveKey);
      for (int j = 0; j < accepted.size(); j++) {
        FileOutcome outcome = byIndex.get(j);
        if (outcome == null) {
          throw new IllegalStateException("导入未完成：" + names.get(j) + " 没有结果，请重新运行同一命令以继续");
        }
        outcomes[positions.get(j)] = outcome;
      }
      StagingArea.delete(staging);
    }
    return List.of(outcomes);
  }

  /**
   * Starts the run, or restarts it when an earlier attempt died; returns the key the run was
   * recorded under. A run whose very files were all loaded before gets a fresh key (runKey.1,
   * runKey.2, ...) so that its files are reported 已导入 anew.
   */
  private String launch(Job job, String runKey, Path staging, FileLoadRequest request) {
    String key = runKey;
    JobParameters parameters = parameters(key, staging, request);
    JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
    for (int attempt = 1; last != null && last.getStatus() == BatchStatus.COMPLETED; attempt++) {
      key = runKey + "." + attempt;
      parameters = parameters(key, staging, request);
      last = jobRepository.getLastJobExecution(job.getName(), parameters);
    }
    if (last != null && last.getStatus().isRunning()) {
      // One process holds the warehouse, and this one runs one load at a time: an execution still
      // marked running was left behind by a process that died (kill -9, power cut).
      log.warn(
          "Recovering execution {} of {} left running by a dead process",
          last.getId(),
          job.getName());
      jobOperator.recover(last);
    }
    JobExecution execution;
    try {
      execution = jobOperator.start(job, parameters);
    } catch (Exception e) {
      throw new IllegalStateException("无法启动导入：" + e.getMessage(), e);
    }
    if (execution.getStatus() != BatchStatus.COMPLETED) {
      String cause =
          execution.getAllFailureExceptions().stream()
              .map(Throwable::getMessage)
              .findFirst()
              .orElse(execution.getExitStatus().getExitDescription());
      throw new IllegalStateException("导入中断（" + cause + "）；已处理的文件已保存，重新运行同一命令即从中断处继续");
    }
    return key;
  }

  private static JobParameters parameters(String key, Path staging, FileLoadRequest request) {
    JobParametersBuilder builder =
        new JobParametersBuilder()
            .addString("run", key)
            .addString("staging", staging.toString(), false)
            .addString("loadedBy", request.loadedBy(), false);
    if (request.period() != null) {
      builder.addString("period", request.period().toString(), false);
    }
    if (request.requiredStreet() != null) {
      builder.addString("street", request.requiredStreet(), false);
    }
    return builder.toJobParameters();
  }

  private Map<Integer, FileOutcome> outcomesOf(String runKey) {
    Map<Integer, FileOutcome> outcomes = new HashMap<>();
    jdbc.query(
        "SELECT f.file_index, l.file_name, l.status, l.rows_loaded, l.message, l.id"
            + " FROM load_run_file f JOIN load_log l ON l.id = f.load_id WHERE f.run_key = ?"
            + " ORDER BY f.file_index",
        rs -> {
          String message = rs.getString(5);
          outcomes.put(
              rs.getInt(1),
              new FileOutcome(
                  rs.getString(2),
                  FileOutcome.Status.ofLogStatus(rs.getString(3)),
                  message == null || message.isEmpty() ? List.of() : List.of(message.split("\n")),
                  rs.getLong(4),
                  rs.getLong(6)));
        },
        runKey);
    return outcomes;
  }

  private String refusal(FileLoadRequest.InputFile input) {
    Path path = input.path();
    if (!Files.isRegularFile(path)) {
      return input.fileName() + "：找不到该文件";
    }
    long size = sizeOf(path);
    if (size > maxFileSize.toBytes()) {
      return input.fileName()
          + "：文件大小 "
          + megabytes(size)
          + " 超过上限 "
          + megabytes(maxFileSize.toBytes())
          + "，统计表不应这么大，请检查是否选错了文件";
    }
    if (size == 0) {
      return input.fileName() + "：文件是空的";
    }
    return null;
  }

  private static String megabytes(long bytes) {
    return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
  }

  private static long sizeOf(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return 0;
    }
  }
}
