package org.doudi.etl.fileload;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * Builds the {@link LoadSource} of a source that loads one staged file per chunk, so each file
 * loads all or nothing in its own transaction together with its load record; its files are limited
 * to {@code doudi.forms.max-file-size}. The job, step and reader are named {@code 〈name〉LoadJob},
 * {@code 〈name〉LoadStep} and {@code 〈name〉FileReader}: Spring Batch restarts a run by these names.
 * A source's configuration then says only its own: its name, kind, label, how a file is read and
 * how its rows are written.
 */
@Component
public class OneFilePerChunk {

  private final JobRepository jobRepository;
  private final PlatformTransactionManager transactionManager;
  private final FileLoadRecorder recorder;
  private final StagedFileItemReader stagedFileReader;
  private final DataSize maxFileSize;

  OneFilePerChunk(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      FileLoadRecorder recorder,
      StagedFileItemReader stagedFileReader,
      @Value("${doudi.forms.max-file-size:20MB}") DataSize maxFileSize) {
    this.jobRepository = jobRepository;
    this.transactionManager = transactionManager;
    this.recorder = recorder;
    this.stagedFileReader = stagedFileReader;
    this.maxFileSize = maxFileSize;
  }

  /**
   * The source whose job {@code 〈name〉LoadJob} reads each staged file and writes its rows as the
   * table says.
   *
   * @param name the source's name, the first word of its job, step and reader names
   * @param label what its files are called in messages
   * @param reading reads a staged file, see {@link RowsItemWriter#reading}
   * @param table how the file's rows are written, with the source's kind
   */
  public <R, T extends FileRows<R>> LoadSource source(
      String name,
      String label,
      ItemProcessor<StagedFile, RowsItemWriter.Parsed<T>> reading,
      RowsItemWriter.Table<R, T> table) {
    return source(name, table.kind(), label, reading, new RowsItemWriter<>(table, recorder));
  }

  /**
   * The source whose job {@code 〈name〉LoadJob} reads each staged file and writes what reading gave;
   * the writer records each file's outcome with {@link FileLoadRecorder} and reads its run from
   * {@link LoadRun#current()}.
   *
   * @param <P> what reading one file gives
   */
  public <P> LoadSource source(
      String name,
      org.doudi.warehouse.load.LoadKind kind,
      String label,
      ItemProcessor<StagedFile, P> reading,
      ItemWriter<P> writer) {
    Job job =
        new JobBuilder(name + "LoadJob", jobRepository)
            .start(
                new StepBuilder(name + "LoadStep", jobRepository)
                    .<StagedFile, P>chunk(1)
                    .transactionManager(transactionManager)
                    .reader(stagedFileReader)
                    .processor(reading)
                    .writer(writer)
                    .build())
            .build();
    return new LoadSource(kind, job, maxFileSize, label);
  }
}
