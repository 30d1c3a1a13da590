package org.doudi.etl.petition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.doudi.etl.fileload.FileLoadRecorder;
import org.doudi.etl.fileload.LoadContext;
import org.doudi.etl.fileload.LoadProgress;
import org.doudi.etl.fileload.ProgressRegistry;
import org.doudi.etl.fileload.StagedFile;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.load.LoadLog;
import org.doudi.warehouse.load.LoadRecord;
import org.doudi.warehouse.personal.HashSecretGuard;
import org.doudi.warehouse.personal.PersonalDataKeys;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Recognises a file loaded before (same SHA-256: 已导入), refuses real data under the demo hash
 * secret, and rewrites the staged file as UTF-8 CSV in the inbox.
 */
@Component
class PetitionPrepareTasklet implements Tasklet {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(PetitionPrepareTasklet.class);

  private final LoadLog loadLog;
  private final FileLoadRecorder recorder;
  private final PersonalDataKeys keys;
  private final HashSecretGuard guard;
  private final ProgressRegistry progress;

  PetitionPrepareTasklet(
      LoadLog loadLog,
      FileLoadRecorder recorder,
      PersonalDataKeys keys,
      HashSecretGuard guard,
      ProgressRegistry progress) {
    this.loadLog = loadLog;
    this.recorder = recorder;
    this.keys = keys;
    this.guard = guard;
    this.progress = progress;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk)
      throws IOException {
    ExecutionContext context = PetitionContext.context(chunk);
    List.of(
            PetitionContext.OUTCOME,
            PetitionContext.MESSAGE,
            PetitionContext.STAGED,
            PetitionContext.REJECTED_ROWS)
        .forEach(context::remove);
    List<StagedFile> files =
        StagedFile.of(Path.of(PetitionContext.parameter(chunk, LoadContext.STAGING)));
    if (files.size() != 1) {
      throw new IllegalStateException("信访台账每次导入一个文件，本次有 " + files.size() + " 个");
    }
    StagedFile file = files.get(0);
    String loadedBy = PetitionContext.parameter(chunk, LoadContext.LOADED_BY);
    LoadProgress listener = progress.of(PetitionContext.job(chunk).getJobParameters());
    // the UTF-8 check reads the whole file on another core while this one rewrites it
    CompletableFuture<Long> checking =
        CompletableFuture.supplyAsync(
            () -> firstNonUtf8Line(file.path()),
            task -> new Thread(task, "petition-file-check").start());
    Utf8CsvFile rewritten = null;
    PetitionFileRejectedException rejection = null;
    // inside the run's staging folder, which the pipeline removes whatever the outcome
    Path target =
        Path.of(PetitionContext.parameter(chunk, LoadContext.STAGING)).resolve("utf8.csv");
    boolean demoSecretRefused = keys.demoSecret() && !guard.demoMode();
    if (!demoSecretRefused) {
      try {
        listener.update("读取", 0, 0);
        long started = System.nanoTime();
        rewritten = PetitionFileStager.stage(file.path(), file.fileName(), target, listener);
        log.info(
            "petition load: staging {} ({}) took {} ms",
            file.fileName(),
            rewritten.encoding(),
            (System.nanoTime() - started) / 1_000_000);
      } catch (PetitionFileRejectedException e) {
        Files.deleteIfExists(target);
        rejection = e;
      }
    }
    long firstNonUtf8 = join(checking);
    if (rewritten != null && rewritten.encoding().equals("UTF-8") && firstNonUtf8 > 0) {
      Files.deleteIfExists(target);
      rewritten = null;
      rejection = PetitionFileStager.undecodable(firstNonUtf8, "UTF-8");
    }
    Optional<LoadRecord> before = loadLog.loadedBefore(LoadKind.PETITIONS, file.sha256());
    long loadId =
        recorder.start(
            LoadKind.PETITIONS, PetitionContext.parameter(chunk, LoadContext.RUN), file, loadedBy);
    context.putLong(PetitionContext.LOAD_ID, loadId);
    context.putString(PetitionContext.FILE_NAME, file.fileName());
    LoadContext.putPending(context, loadId);
    if (before.isPresent()) {
      Files.deleteIfExists(target);
      context.putString(PetitionContext.OUTCOME, "SKIPPED");
      context.putString(PetitionContext.MESSAGE, FileLoadRecorder.alreadyLoaded(before.get()));
    } else if (demoSecretRefused) {
      context.putString(PetitionContext.OUTCOME, "REJECTED");
      context.putString(
          PetitionContext.MESSAGE,
          "个人信息哈希密钥 doudi.personal-data.hash-secret 仍是公开的演示密钥，不能导入真实信访数据；请先配置本单位的密钥");
    } else if (rejection != null) {
      context.putString(PetitionContext.OUTCOME, "REJECTED");
      context.putString(PetitionContext.MESSAGE, String.join("\n", rejection.reasons()));
    } else {
      context.putString(PetitionContext.STAGED, target.toString());
      context.putString(PetitionContext.DELIMITER, String.valueOf(rewritten.delimiter()));
      context.putString(
          PetitionContext.COLUMNS,
          rewritten.columns().stream()
              .map(c -> c == null ? "" : c.name())
              .collect(Collectors.joining(",")));
      context.putLong(PetitionContext.ROWS, rewritten.rows());
    }
    return RepeatStatus.FINISHED;
  }

  private static long join(CompletableFuture<Long> checking) throws IOException {
    try {
      return checking.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
  }

  private static long firstNonUtf8Line(Path file) {
    try {
      return PetitionFileCheck.firstNonUtf8Line(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
