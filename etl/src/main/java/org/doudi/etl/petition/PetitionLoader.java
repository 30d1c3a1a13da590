package org.doudi.etl.petition;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Loads petition and hotline logs (信访/热线台账) by running {@code petitionLoadJob} for one file, and
 * says how it ended: new and updated cases, rejected rows with their line numbers, seconds.
 */
@Service
public class PetitionLoader {

  private final JobOperator jobOperator;
  private final JobRepository jobRepository;
  private final Job job;
  private final PetitionProgressRegistry progress;

  PetitionLoader(
      JobOperator jobOperator,
      JobRepository jobRepository,
      @Qualifier("petitionLoadJob") Job job,
      PetitionProgressRegistry progress) {
    this.jobOperator = jobOperator;
    this.jobRepository = jobRepository;
    this.job = job;
    this.progress = progress;
  }

  /**
   * Restarts a failed load where it stopped (the load step, over the staged copy kept in the
   * inbox); completed steps are not run again.
   */
  public PetitionLoadResult restart(long executionId) throws Exception {
    long started = System.nanoTime();
    JobExecution failed = jobRepository.getJobExecution(executionId);
    if (failed == null) {
      throw new IllegalArgumentException("没有编号为 " + executionId + " 的导入作业");
    }
    JobExecution execution = jobOperator.restart(failed);
    return result(
        execution,
        failed.getJobParameters().getString(PetitionContext.FILE_NAME),
        (System.nanoTime() - started) / 1e9);
  }

  /**
   * Loads one file; with {@code skipBadRows} the good rows are kept and the bad ones written to a
   * report, otherwise a file with any bad row is rejected whole.
   *
   * @param file the file to read
   * @param fileName its name as the user knows it (an upload's original name)
   * @param skipBadRows whether to keep the good rows of a file with bad ones
   * @param loadedBy the account, or {@code cli:<os user>}
   * @param listener hears progress
   */
  public PetitionLoadResult load(
      Path file, String fileName, boolean skipBadRows, String loadedBy, PetitionProgress listener)
      throws Exception {
    long started = System.nanoTime();
    String token = progress.register(listener);
    try {
      JobParameters parameters =
          new JobParametersBuilder()
              .addString(PetitionContext.FILE, file.toAbsolutePath().toString())
              .addString(PetitionContext.FILE_NAME, fileName)
              .addString(PetitionContext.SKIP_BAD_ROWS, Boolean.toString(skipBadRows))
              .addString(PetitionContext.LOADED_BY, loadedBy)
              .addString(PetitionContext.PROGRESS, token, false)
              .addLong("run", System.currentTimeMillis() * 1000 + (System.nanoTime() % 1000))
              .toJobParameters();
      JobExecution execution = jobOperator.start(job, parameters);
      return result(execution, fileName, (System.nanoTime() - started) / 1e9);
    } finally {
      progress.remove(token);
    }
  }

  private static PetitionLoadResult result(JobExecution execution, String fileName, double seconds)
      throws PetitionLoadFailedException {
    ExecutionContext context = execution.getExecutionContext();
    if (execution.getStatus() != BatchStatus.COMPLETED) {
      Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
      String reason =
          cause == null
              ? execution.getExitStatus().getExitDescription()
              : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      throw new PetitionLoadFailedException(
          execution.getId(),
          "导入 " + fileName + " 失败（作业 " + execution.getId() + "，可重新启动）：" + reason,
          cause);
    }
    String reasons = context.getString(PetitionContext.REASONS, "");
    List<String> reasonList = reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n"));
    String report = context.getString(PetitionContext.REPORT, null);
    return new PetitionLoadResult(
        fileName,
        PetitionLoadResult.Outcome.valueOf(context.getString(PetitionContext.OUTCOME)),
        context.getLong(PetitionContext.NEW_CASES, 0L),
        context.getLong(PetitionContext.UPDATED_CASES, 0L),
        context.getLong(PetitionContext.REJECTED_ROWS, 0L),
        seconds,
        context.getString(PetitionContext.MESSAGE, ""),
        reasonList,
        report == null ? null : Path.of(report),
        context.getLong(PetitionContext.LOAD_ID, -1L));
  }
}
