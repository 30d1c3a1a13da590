package org.doudi.etl.petition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.doudi.warehouse.DuckDbDataSource;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.load.LoadLog;
import org.doudi.warehouse.load.LoadRecord;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Recognises a file loaded before (same SHA-256: 已导入), refuses real data under the demo hash
 * secret, and stages the file as UTF-8 CSV in the inbox.
 */
@Component
class PetitionPrepareTasklet implements Tasklet {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(PetitionPrepareTasklet.class);

  private final LoadLog loadLog;
  private final DuckDbDataSource dataSource;
  private final PersonalDataProtection protection;
  private final HashSecretGuard guard;
  private final PetitionProgressRegistry progress;

  PetitionPrepareTasklet(
      LoadLog loadLog,
      DuckDbDataSource dataSource,
      PersonalDataProtection protection,
      HashSecretGuard guard,
      PetitionProgressRegistry progress) {
    this.loadLog = loadLog;
    this.dataSource = dataSource;
    this.protection = protection;
    this.guard = guard;
    this.progress = progress;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk)
      throws IOException {
    ExecutionContext context = PetitionContext.context(chunk);
    Path file = Path.of(PetitionContext.parameter(chunk, PetitionContext.FILE));
    String fileName = PetitionContext.parameter(chunk, PetitionContext.FILE_NAME);
    String loadedBy = PetitionContext.parameter(chunk, PetitionContext.LOADED_BY);
    PetitionProgress listener =
        progress.get(PetitionContext.parameter(chunk, PetitionContext.PROGRESS));
    // the file's SHA-256 and UTF-8 check run on another core while this one stages the file:
    // both read the whole file, and neither result is needed before staging is done
    CompletableFuture<PetitionFileCheck> checking =
        CompletableFuture.supplyAsync(
            () -> check(file), task -> new Thread(task, "petition-file-check").start());
    StagedFile stagedFile = null;
    PetitionFileRejectedException rejection = null;
    Path staged =
        dataSource
            .settings()
            .inbox()
            .resolve("petitions-job-" + chunk.getStepContext().getJobInstanceId() + ".csv");
    boolean demoSecretRefused = protection.demoSecret() && !guard.demoMode();
    if (!demoSecretRefused) {
      try {
        listener.update("读取", 0, 0);
        long started = System.nanoTime();
        stagedFile = PetitionFileStager.stage(file, fileName, staged, listener);
        log.info(
            "petition load: staging {} ({}) took {} ms",
            fileName,
            stagedFile.encoding(),
            (System.nanoTime() - started) / 1_000_000);
      } catch (PetitionFileRejectedException e) {
        Files.deleteIfExists(staged);
        rejection = e;
      }
    }
    PetitionFileCheck check = join(checking);
    if (stagedFile != null
        && stagedFile.encoding().equals("UTF-8")
        && check.firstNonUtf8Line() > 0) {
      Files.deleteIfExists(staged);
      stagedFile = null;
      rejection = PetitionFileStager.undecodable(check.firstNonUtf8Line(), "UTF-8");
    }
    String sha256 = check.sha256();
    long size = Files.size(file);
    Optional<LoadRecord> before = loadLog.loadedBefore(LoadKind.PETITIONS, sha256);
    long loadId = loadLog.start(LoadKind.PETITIONS, fileName, sha256, size, loadedBy);
    context.putLong(PetitionContext.LOAD_ID, loadId);
    if (before.isPresent()) {
      Files.deleteIfExists(staged);
      context.putString(PetitionContext.OUTCOME, "SKIPPED");
      context.putString(
          PetitionContext.MESSAGE,
          "已导入：同样内容的文件已于 "
              + before.get().startedAt().toLocalDateTime().withNano(0).toString().replace('T', ' ')
              + " 导入（第 "
              + before.get().id()
              + " 次导入），未作改动");
    } else if (demoSecretRefused) {
      context.putString(PetitionContext.OUTCOME, "REJECTED");
      context.putString(
          PetitionContext.MESSAGE,
          "个人信息哈希密钥 doudi.personal-data.hash-secret 仍是公开的演示密钥，不能导入真实信访数据；" + "请先配置本单位的密钥");
    } else if (rejection != null) {
      context.putString(PetitionContext.OUTCOME, "REJECTED");
      context.putString(PetitionContext.MESSAGE, String.join("\n", rejection.reasons()));
      context.putString(PetitionContext.REASONS, String.join("\n", rejection.reasons()));
    } else {
      context.putString(PetitionContext.STAGED, staged.toString());
      context.putString(PetitionContext.DELIMITER, String.valueOf(stagedFile.delimiter()));
      context.putString(
          PetitionContext.COLUMNS,
          stagedFile.columns().stream()
              .map(c -> c == null ? "" : c.name())
              .collect(Collectors.joining(",")));
      context.putLong(PetitionContext.ROWS, stagedFile.rows());
    }
    return RepeatStatus.FINISHED;
  }

  private static PetitionFileCheck join(CompletableFuture<PetitionFileCheck> checking)
      throws IOException {
    try {
      return checking.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
  }

  private static PetitionFileCheck check(Path file) {
    try {
      return PetitionFileCheck.of(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
