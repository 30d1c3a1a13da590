package org.doudi.etl.petition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
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
    String sha256 = sha256(file);
    long size = Files.size(file);
    Optional<LoadRecord> before = loadLog.loadedBefore(LoadKind.PETITIONS, sha256);
    long loadId = loadLog.start(LoadKind.PETITIONS, fileName, sha256, size, loadedBy);
    context.putLong(PetitionContext.LOAD_ID, loadId);
    if (before.isPresent()) {
      context.putString(PetitionContext.OUTCOME, "SKIPPED");
      context.putString(
          PetitionContext.MESSAGE,
          "已导入：同样内容的文件已于 "
              + before.get().startedAt().toLocalDateTime().withNano(0).toString().replace('T', ' ')
              + " 导入（第 "
              + before.get().id()
              + " 次导入），未作改动");
      return RepeatStatus.FINISHED;
    }
    if (protection.demoSecret() && !guard.demoMode()) {
      context.putString(PetitionContext.OUTCOME, "REJECTED");
      context.putString(
          PetitionContext.MESSAGE,
          "个人信息哈希密钥 doudi.personal-data.hash-secret 仍是公开的演示密钥，不能导入真实信访数据；" + "请先配置本单位的密钥");
      return RepeatStatus.FINISHED;
    }
    Path staged = dataSource.settings().inbox().resolve("petitions-" + loadId + ".csv");
    try {
      listener.update("读取", 0, 0);
      long started = System.nanoTime();
      StagedFile stagedFile = PetitionFileStager.stage(file, fileName, staged, listener);
      log.info(
          "petition load: staging {} ({}) took {} ms",
          fileName,
          stagedFile.encoding(),
          (System.nanoTime() - started) / 1_000_000);
      context.putString(PetitionContext.STAGED, staged.toString());
      context.putString(PetitionContext.DELIMITER, String.valueOf(stagedFile.delimiter()));
      context.putString(
          PetitionContext.COLUMNS,
          stagedFile.columns().stream()
              .map(c -> c == null ? "" : c.name())
              .collect(Collectors.joining(",")));
      context.putLong(PetitionContext.ROWS, stagedFile.rows());
    } catch (PetitionFileRejectedException e) {
      Files.deleteIfExists(staged);
      context.putString(PetitionContext.OUTCOME, "REJECTED");
      context.putString(PetitionContext.MESSAGE, String.join("\n", e.reasons()));
      context.putString(PetitionContext.REASONS, String.join("\n", e.reasons()));
    }
    return RepeatStatus.FINISHED;
  }

  static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
