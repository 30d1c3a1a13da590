package org.doudi.etl.roster;

import java.nio.file.Path;
import org.doudi.etl.fileload.FileLoadRecorder;
import org.doudi.etl.fileload.LoadSource;
import org.doudi.etl.fileload.StagedFile;
import org.doudi.etl.fileload.StagedFileItemReader;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.load.LoadKind;
import org.springframework.batch.core.configuration.annotation.StepScope;
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

/** The {@code rosterLoadJob}: one staged file per chunk, each all or nothing. */
@Configuration(proxyBeanMethods = false)
class RosterJobConfiguration {

  /** The kind the register is recorded under; load_log accepts the product's kinds only. */
  static final LoadKind KIND = LoadKind.DEMO;

  @Bean
  LoadSource rosterSource(Job rosterLoadJob) {
    return new LoadSource(KIND, rosterLoadJob, DataSize.ofMegabytes(1), "备案登记表");
  }

  @Bean
  Job rosterLoadJob(JobRepository jobRepository, Step rosterLoadStep) {
    return new JobBuilder("rosterLoadJob", jobRepository).start(rosterLoadStep).build();
  }

  @Bean
  Step rosterLoadStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      StagedFileItemReader rosterFileReader,
      RosterItemWriter rosterItemWriter,
      StreetDictionary streets) {
    return new StepBuilder("rosterLoadStep", jobRepository)
        .<StagedFile, RosterReader.Read>chunk(1)
        .transactionManager(transactionManager)
        .reader(rosterFileReader)
        .processor(new RosterReader(streets))
        .writer(rosterItemWriter)
        .build();
  }

  @Bean
  @StepScope
  StagedFileItemReader rosterFileReader(@Value("#{jobParameters['staging']}") String staging) {
    return new StagedFileItemReader("rosterFileReader", Path.of(staging));
  }

  @Bean
  @StepScope
  RosterItemWriter rosterItemWriter(
      FileLoadRecorder recorder,
      RosterRepository roster,
      @Value("#{jobParameters['run']}") String run,
      @Value("#{jobParameters['loadedBy']}") String loadedBy) {
    return new RosterItemWriter(recorder, roster, run, loadedBy);
  }
}
