package org.doudi.etl.petition;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.load.LoadCompleted;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.load.LoadLog;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Defines {@code petitionLoadJob}: three tasklet steps that let DuckDB do the bulk work.
 *
 * <ol>
 *   <li>{@code petitionPrepareStep}: the file's SHA-256 (the same bytes again are 已导入), its
 *       encoding, its header, and a UTF-8 copy in the inbox that DuckDB may read;
 *   <li>{@code petitionLoadStep}: in one transaction, {@code read_csv} into a temp table,
 *       validation, masking and hashing in SQL, then an {@code UPDATE} of the cases already known
 *       and an {@code INSERT} of the new ones (the loader keeps one row per 编号);
 *   <li>{@code petitionFinishStep}: the load_log entry, the staged copy removed.
 * </ol>
 *
 * A failed load step leaves the staged copy so that a restart of the execution resumes there.
 */
@Configuration(proxyBeanMethods = false)
class PetitionJobConfiguration {

  static final String JOB_NAME = "petitionLoadJob";

  @Bean
  Job petitionLoadJob(
      JobRepository jobRepository,
      Step petitionPrepareStep,
      Step petitionLoadStep,
      Step petitionFinishStep,
      LoadLog loadLog,
      ApplicationEventPublisher events) {
    return new JobBuilder(JOB_NAME, jobRepository)
        .start(petitionPrepareStep)
        .next(petitionLoadStep)
        .next(petitionFinishStep)
        .listener(new LoadCompletedPublisher(loadLog, events))
        .build();
  }

  @Bean
  Step petitionPrepareStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      PetitionPrepareTasklet tasklet) {
    return new StepBuilder("petitionPrepareStep", jobRepository)
        .tasklet(tasklet, transactionManager)
        .build();
  }

  @Bean
  Step petitionLoadStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      PetitionLoadTasklet tasklet) {
    return new StepBuilder("petitionLoadStep", jobRepository)
        .tasklet(tasklet, transactionManager)
        .build();
  }

  @Bean
  Step petitionFinishStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      PetitionFinishTasklet tasklet) {
    return new StepBuilder("petitionFinishStep", jobRepository)
        .tasklet(tasklet, transactionManager)
        .build();
  }

  /**
   * Publishes {@link LoadCompleted} once the job has committed rows, so that listeners (the
   * findings engine) see them; records a failed load in load_log.
   */
  static final class LoadCompletedPublisher implements JobExecutionListener {
    private final LoadLog loadLog;
    private final ApplicationEventPublisher events;

    LoadCompletedPublisher(LoadLog loadLog, ApplicationEventPublisher events) {
      this.loadLog = loadLog;
      this.events = events;
    }

    @Override
    public void afterJob(JobExecution execution) {
      ExecutionContext context = execution.getExecutionContext();
      if (execution.getStatus() == BatchStatus.COMPLETED
          && "LOADED".equals(context.getString(PetitionContext.OUTCOME, ""))) {
        String periods = context.getString(PetitionContext.PERIODS, "");
        Set<Period> changed =
            Arrays.stream(periods.split(","))
                .filter(p -> !p.isBlank())
                .map(Period::require)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        events.publishEvent(new LoadCompleted(LoadKind.PETITIONS, changed));
      } else if (execution.getStatus() == BatchStatus.FAILED
          && context.containsKey(PetitionContext.LOAD_ID)) {
        String reason =
            execution.getAllFailureExceptions().stream()
                .map(Throwable::getMessage)
                .findFirst()
                .orElse("未知错误");
        loadLog.finish(context.getLong(PetitionContext.LOAD_ID), "failed", 0, "导入失败：" + reason);
      }
    }
  }
}
