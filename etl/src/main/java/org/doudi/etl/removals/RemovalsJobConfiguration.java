package org.doudi.etl.removals;

import java.nio.file.Path;
import org.doudi.etl.fileload.FileLoadRecorder;
import org.doudi.etl.fileload.LoadSource;
import org.doudi.etl.fileload.StagedFile;
import org.doudi.etl.fileload.StagedFileItemReader;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.money.RemovalRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * The {@code removalsLoadJob}: one staged file per chunk, so each 清退名单 loads all or nothing in its
 * own transaction together with its load record.
 */
@Configuration(proxyBeanMethods = false)
class RemovalsJobConfiguration {

  static final LoadKind KIND = new LoadKind("removals");

  @Bean
  LoadSource removalsSource(
      Job removalsLoadJob, @Value("${doudi.forms.max-file-size:20MB}") DataSize maxFileSize) {
    return new LoadSource(KIND, removalsLoadJob, maxFileSize, "清退名单");
  }

  @Bean
  Job removalsLoadJob(JobRepository jobRepository, Step removalsLoadStep) {
    return new JobBuilder("removalsLoadJob", jobRepository).start(removalsLoadStep).build();
  }

  @Bean
  Step removalsLoadStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      StagedFileItemReader removalsFileReader,
      RemovalsReader reader,
      RemovalsItemWriter removalsItemWriter) {
    ItemProcessor<StagedFile, RemovalsItemWriter.Parsed> processor =
        file -> new RemovalsItemWriter.Parsed(file, reader.read(file.path(), file.fileName()));
    return new StepBuilder("removalsLoadStep", jobRepository)
        .<StagedFile, RemovalsItemWriter.Parsed>chunk(1)
        .transactionManager(transactionManager)
        .reader(removalsFileReader)
        .processor(processor)
        .writer(removalsItemWriter)
        .build();
  }

  @Bean
  @StepScope
  StagedFileItemReader removalsFileReader(@Value("#{jobParameters['staging']}") String staging) {
    return new StagedFileItemReader("removalsFileReader", Path.of(staging));
  }

  @Bean
  @StepScope
  RemovalsItemWriter removalsItemWriter(
      FileLoadRecorder recorder,
      RemovalRepository registry,
      @Value("#{jobParameters['street']}") String street,
      @Value("#{jobParameters['run']}") String run,
      @Value("#{jobParameters['loadedBy']}") String loadedBy) {
    StreetAccess scope = street == null ? StreetAccess.all() : StreetAccess.of(street);
    return new RemovalsItemWriter(recorder, registry, scope, run, loadedBy);
  }
}
