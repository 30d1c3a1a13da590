package org.doudi.etl.ledger;

import java.nio.file.Path;
import org.doudi.etl.fileload.FileLoadRecorder;
import org.doudi.etl.fileload.LoadSource;
import org.doudi.etl.fileload.StagedFile;
import org.doudi.etl.fileload.StagedFileItemReader;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.rectification.LedgerRepository;
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
 * The {@code ledgerLoadJob}: one staged file per chunk, so each 问题整改台账 loads all or nothing in its
 * own transaction together with its load record.
 */
@Configuration(proxyBeanMethods = false)
class LedgerJobConfiguration {

  static final LoadKind KIND = new LoadKind("ledger");

  @Bean
  LoadSource ledgerSource(
      Job ledgerLoadJob, @Value("${doudi.forms.max-file-size:20MB}") DataSize maxFileSize) {
    return new LoadSource(KIND, ledgerLoadJob, maxFileSize, "问题整改台账");
  }

  @Bean
  Job ledgerLoadJob(JobRepository jobRepository, Step ledgerLoadStep) {
    return new JobBuilder("ledgerLoadJob", jobRepository).start(ledgerLoadStep).build();
  }

  @Bean
  Step ledgerLoadStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      StagedFileItemReader ledgerFileReader,
      ItemProcessor<StagedFile, LedgerItemWriter.Parsed> ledgerItemProcessor,
      LedgerItemWriter ledgerItemWriter) {
    return new StepBuilder("ledgerLoadStep", jobRepository)
        .<StagedFile, LedgerItemWriter.Parsed>chunk(1)
        .transactionManager(transactionManager)
        .reader(ledgerFileReader)
        .processor(ledgerItemProcessor)
        .writer(ledgerItemWriter)
        .build();
  }

  @Bean
  @StepScope
  StagedFileItemReader ledgerFileReader(@Value("#{jobParameters['staging']}") String staging) {
    return new StagedFileItemReader("ledgerFileReader", Path.of(staging));
  }

  @Bean
  @StepScope
  ItemProcessor<StagedFile, LedgerItemWriter.Parsed> ledgerItemProcessor(
      LedgerReader reader, @Value("#{jobParameters['street']}") String street) {
    return file ->
        new LedgerItemWriter.Parsed(file, reader.read(file.path(), file.fileName(), street));
  }

  @Bean
  @StepScope
  LedgerItemWriter ledgerItemWriter(
      FileLoadRecorder recorder,
      LedgerRepository registry,
      @Value("#{jobParameters['street']}") String street,
      @Value("#{jobParameters['run']}") String run,
      @Value("#{jobParameters['loadedBy']}") String loadedBy) {
    StreetAccess scope = street == null ? StreetAccess.all() : StreetAccess.of(street);
    return new LedgerItemWriter(recorder, registry, scope, run, loadedBy);
  }
}
