package org.doudi.etl.fileload;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the job of a source that loads one staged file per chunk, so each file loads all or
 * nothing in its own transaction together with its load record. The job, step and reader are named
 * {@code 〈name〉LoadJob}, {@code 〈name〉LoadStep} and {@code 〈name〉FileReader}: Spring Batch restarts
 * a run by these names.
 */
@Component
public class OneFilePerChunk {

  private final JobRepository jobRepository;
  private final PlatformTransactionManager transactionManager;
  private final FileLoadRecorder recorder;
  private final StagedFileItemReader stagedFileReader;

  OneFilePerChunk(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      FileLoadRecorder recorder,
      StagedFileItemReader stagedFileReader) {
    this.jobRepository = jobRepository;
    this.transactionManager = transactionManager;
    this.recorder = recorder;
    this.stagedFileReader = stagedFileReader;
  }

  /**
   * The job {@code 〈name〉LoadJob}: reads each staged file and writes its rows as the table says.
   *
   * @param name the source's name, the first word of its job, step and reader names
   * @param reading reads a staged file, see {@link RowsItemWriter#reading}
   * @param table how the file's rows are written
   */
  public <R, T extends FileRows<R>> Job job(
      String name,
      ItemProcessor<StagedFile, RowsItemWriter.Parsed<T>> reading,
      RowsItemWriter.Table<R, T> table) {
    return new JobBuilder(name + "LoadJob", jobRepository)
        .start(
            new StepBuilder(name + "LoadStep", jobRepository)
                .<StagedFile, RowsItemWriter.Parsed<T>>chunk(1)
                .transactionManager(transactionManager)
                .reader(stagedFileReader)
                .processor(reading)
                .writer(new RowsItemWriter<>(table, recorder))
                .build())
        .build();
  }
}
