package org.doudi.etl.fileload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.doudi.warehouse.WarehouseSettings;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.load.LoadLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The one way in for every file: refuses what is missing, empty or too large (with a load_log row),
 * stages the rest once in the inbox (hashed as it is copied, an upload moved), starts the source's
 * job (or restarts the same run when an earlier attempt died midway), answers each file's outcome
 * from the job's execution contexts, and removes the staged files whatever the outcome.
 */
@Component
public class FileLoadLauncher {

  private static final Logger log = LoggerFactory.getLogger(FileLoadLauncher.class);

  private final Map<LoadKind, LoadSource> sources = new LinkedHashMap<>();
  private final Set<Job> listened = Collections.newSetFromMap(new IdentityHashMap<>());
  private final JobOperator jobOperator;
  private final JobRepository jobRepository;
  private final LoadLog loadLog;
  private final WarehouseSettings warehouse;
  private final LoadJobListener listener;
  private final ProgressRegistry progress;

  FileLoadLauncher(
      List<LoadSource> sources,
      JobOperator jobOperator,
      JobRepository jobRepository,
      LoadLog loadLog,
      WarehouseSettings warehouse,
      LoadJobListener listener,
      ProgressRegistry progress) {
    sources.forEach(source -> this.sources.put(source.kind(), source));
    this.jobOperator = jobOperator;
    this.jobRepository = jobRepository;
    this.loadLog = loadLog;
    this.warehouse = warehouse;
    this.listener = listener;
    this.progress = progress;
  }

  /** Returns the source of a kind. */
  public LoadSource source(LoadKind kind) {
    LoadSource source = sources.get(kind);
    if (source == null) {
      throw new IllegalArgumentException("没有这类数据的导入：" + kind.key());
    }
    return source;
  }

  /** Returns the largest file the source of a kind accepts. */
  public DataSize maxFileSize(LoadKind kind) {
    return source(kind).maxFileSize();
  }

  /** Puts an upload's bytes into a file: a web framework's transfer, a move where it can. */
  @FunctionalInterface
  public interface Transfer {

    /** Writes the upload to the target file. */
    void to(Path target) throws IOException;
  }

  /**
   * Receives an upload that the web server already holds on disk by moving it into the inbox (so it
   * is never on disk twice) and hashing it there; one past the kind's limit is removed at once.
   */
  public FileLoadRequest.InputFile receive(LoadKind kind, Transfer transfer, String fileName)
      throws IOException {
    Path folder = warehouse.inbox().resolve("uploads");
    Files.createDirectories(folder);
    Path file = folder.resolve(kind.key() + "-" + UUID.randomUUID());
    transfer.to(file);
    long size = Files.size(file);
    if (size > maxFileSize(kind).toBytes()) {
      Files.delete(file);
      return new FileLoadRequest.InputFile(
          file, fileName, new FileLoadRequest.Received(null, size));
    }
    String sha256;
    try (InputStream in = Files.newInputStream(file)) {
      sha256 = StagingArea.sha256(in);
    }
    return new FileLoadRequest.InputFile(
        file, fileName, new FileLoadRequest.Received(sha256, size));
  }

  /**
   * Loads the files of a request with the source of its kind; see {@link #run(LoadSource, ...)}.
   */
  public List<FileOutcome> run(LoadKind kind, FileLoadRequest request) throws IOException {
    return run(source(kind), request, LoadProgress.NONE);
  }

  /** Loads the files, telling a listener how far the load has come. */
  public List<FileOutcome> run(LoadKind kind, FileLoadRequest request, LoadProgress listener)
      throws IOException {
    return run(source(kind), request, listener);
  }

  /**
   * Loads the files with the source's job, each all or nothing; returns each file's outcome in the
   * order given. One load at a time per process, since DuckDB serialises writers anyway and a
   * version number must not be handed out twice.
   */
  public synchronized List<FileOutcome> run(
      LoadSource source, FileLoadRequest request, LoadProgress listener) throws IOException {
    FileOutcome[] outcomes = new FileOutcome[request.files().size()];
    List<StagingArea.Source> accepted = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    Path staging = null;
    try {
      for (int i = 0; i < request.files().size(); i++) {
        FileLoadRequest.InputFile input = request.files().get(i);
        String name = FileNames.shown(input.fileName());
        String refusal = Refusals.of(input, name, source);
        if (refusal != null) {
          long id =
              loadLog.start(source.kind(), name, null, Refusals.sizeOf(input), request.loadedBy());
          loadLog.finish(id, "rejected", 0, refusal);
          outcomes[i] = new FileOutcome(name, FileOutcome.Status.REJECTED, List.of(refusal), 0, id);
          continue;
        }
        accepted.add(new StagingArea.Source(input.path(), name, input.received()));
        positions.add(i);
      }
      if (!accepted.isEmpty()) {
        Path kindFolder = warehouse.inbox().resolve(source.kind().key());
        staging = kindFolder.resolve(UUID.randomUUID() + ".part");
        List<StagedFile> staged = StagingArea.stage(staging, accepted);
        String runKey = runKey(source.kind(), request, staged);
        Path folder = kindFolder.resolve(runKey);
        StagingArea.delete(folder);
        Files.move(staging, folder);
        staging = folder;
        JobExecution execution = launch(source, runKey, staging, request, listener);
        Map<Integer, FileOutcome> byIndex = LoadContext.outcomes(execution);
        for (int j = 0; j < positions.size(); j++) {
          FileOutcome outcome = byIndex.get(j);
          if (outcome == null || execution.getStatus() != BatchStatus.COMPLETED) {
            throw new LoadInterruptedException(
                "导入中断（" + LoadJobListener.reason(execution) + "）；已处理的文件已保存，重新运行同一命令即从中断处继续",
                execution.getId());
          }
          outcomes[positions.get(j)] = outcome;
        }
      }
      return List.of(outcomes);
    } finally {
      if (staging != null) {
        StagingArea.delete(staging);
      }
      for (FileLoadRequest.InputFile input : request.files()) {
        if (input.received() != null) {
          Files.deleteIfExists(input.path());
        }
      }
    }
  }

  /**
   * Starts the run, or restarts it when an earlier attempt died or failed. A run whose very files
   * were all loaded before gets a fresh key (runKey.1, runKey.2, ...) so that its files are
   * reported 已导入 anew.
   */
  private JobExecution launch(
      LoadSource source, String runKey, Path staging, FileLoadRequest request, LoadProgress heard) {
    Job job = source.job();
    listen(job);
    String token = progress.register(heard);
    try {
      String key = runKey;
      JobParameters parameters = parameters(source, key, staging, request, token);
      JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
      for (int attempt = 1; last != null && last.getStatus() == BatchStatus.COMPLETED; attempt++) {
        key = runKey + "." + attempt;
        parameters = parameters(source, key, staging, request, token);
        last = jobRepository.getLastJobExecution(job.getName(), parameters);
      }
      if (last != null && last.getStatus().isRunning()) {
        // One process holds the warehouse, and this one runs one load at a time: an execution
        // still marked running was left behind by a process that died (kill -9, power cut).
        log.warn("Recovering execution {} of {} left running", last.getId(), job.getName());
        jobOperator.recover(last);
      }
      try {
        return jobOperator.start(job, parameters);
      } catch (Exception e) {
        throw new IllegalStateException("无法启动导入：" + e.getMessage(), e);
      }
    } finally {
      progress.remove(token);
    }
  }

  private synchronized void listen(Job job) {
    if (listened.add(job) && job instanceof AbstractJob abstractJob) {
      abstractJob.registerJobExecutionListener(listener);
    }
  }

  private static JobParameters parameters(
      LoadSource source, String key, Path staging, FileLoadRequest request, String token) {
    JobParametersBuilder builder =
        new JobParametersBuilder()
            .addString(LoadContext.RUN, key)
            .addString(LoadContext.KIND, source.kind().key(), false)
            .addString(LoadContext.STAGING, staging.toString(), false)
            .addString(LoadContext.LOADED_BY, request.loadedBy(), false)
            .addString(LoadContext.SKIP_BAD_ROWS, Boolean.toString(request.skipBadRows()), false)
            .addString(LoadContext.FINDINGS_LATER, Boolean.toString(request.findingsLater()), false)
            .addString(LoadContext.PROGRESS, token, false);
    if (request.period() != null) {
      builder.addString(LoadContext.PERIOD, request.period().toString(), false);
    }
    if (request.requiredStreet() != null) {
      builder.addString(LoadContext.STREET, request.requiredStreet(), false);
    }
    return builder.toJobParameters();
  }

  /** Returns the run's key: what was asked and each file's name and bytes, hashed. */
  private static String runKey(LoadKind kind, FileLoadRequest request, List<StagedFile> staged) {
    StringBuilder key = new StringBuilder(kind.key()).append('\n');
    key.append(request.loadedBy()).append('\n').append(request.period()).append('\n');
    key.append(request.requiredStreet()).append('\n').append(request.skipBadRows()).append('\n');
    for (StagedFile file : staged) {
      key.append(file.fileName()).append('\t').append(file.sha256()).append('\n');
    }
    return StagingArea.sha256(key.toString().getBytes(StandardCharsets.UTF_8));
  }
}
