package org.doudi.etl.petition;

import org.doudi.etl.fileload.LoadSource;
import org.doudi.warehouse.load.LoadKind;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * Defines {@code petitionLoadJob}: three tasklet steps that let DuckDB do the bulk work.
 *
 * <ol>
 *   <li>{@code petitionPrepareStep}: the same bytes again are 已导入 (by the SHA-256 taken when the
 *       file was staged), its encoding, its header, and a UTF-8 rewrite in the inbox that DuckDB
 *       may read; run again on a restart, since every raw file is removed when a run stops;
 *   <li>{@code petitionLoadStep}: in one transaction, {@code read_csv} into a temp table,
 *       validation, masking and hashing in SQL, then an {@code UPDATE} of the cases already known
 *       and an {@code INSERT} of the new ones (the loader keeps one row per 编号);
 *   <li>{@code petitionFinishStep}: the load's outcome, the UTF-8 rewrite removed.
 * </ol>
 *
 * Loading the same file again after a failure restarts the failed execution.
 */
@Configuration(proxyBeanMethods = false)
class PetitionJobConfiguration {

  static final String JOB_NAME = "petitionLoadJob";

  @Bean
  LoadSource petitionSource(
      Job petitionLoadJob, @Value("${doudi.petitions.max-file-size:1GB}") DataSize maxFileSize) {
    return new LoadSource(LoadKind.PETITIONS, petitionLoadJob, maxFileSize, "信访/热线台账");
  }

  @Bean
  Job petitionLoadJob(
      JobRepository jobRepository,
      Step petitionPrepareStep,
      Step petitionLoadStep,
      Step petitionFinishStep) {
    return new JobBuilder(JOB_NAME, jobRepository)
        .start(petitionPrepareStep)
        .next(petitionLoadStep)
        .next(petitionFinishStep)
        .build();
  }

  @Bean
  Step petitionPrepareStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      PetitionPrepareTasklet tasklet) {
    return new StepBuilder("petitionPrepareStep", jobRepository)
        .tasklet(tasklet, transactionManager)
        .allowStartIfComplete(true)
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
}
