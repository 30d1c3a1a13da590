package org.doudi.etl.streetform;

import java.nio.file.Path;
import org.doudi.etl.fileload.FileLoadRecorder;
import org.doudi.etl.fileload.LoadSource;
import org.doudi.etl.fileload.StagedFile;
import org.doudi.etl.fileload.StagedFileItemReader;
import org.doudi.warehouse.dictionary.Period;
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

/**
 * The {@code streetFormLoadJob}: one step that takes the staged files of a run one per chunk, so
 * each file is loaded in its own transaction and a restart goes on with the first file not
 * committed.
 */
@Configuration(proxyBeanMethods = false)
class StreetFormJobConfiguration {

  static final String JOB = "streetFormLoadJob";

  @Bean
  LoadSource streetFormSource(
      Job streetFormLoadJob, @Value("${doudi.forms.max-file-size:20MB}") DataSize maxFileSize) {
    return new LoadSource(LoadKind.STREET_FORM, streetFormLoadJob, maxFileSize, "统计表");
  }

  @Bean
  Job streetFormLoadJob(JobRepository jobRepository, Step streetFormLoadStep) {
    return new JobBuilder(JOB, jobRepository).start(streetFormLoadStep).build();
  }

  @Bean
  Step streetFormLoadStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      StagedFileItemReader streetFormFileReader,
      StreetFormItemProcessor streetFormItemProcessor,
      StreetFormItemWriter streetFormItemWriter) {
    return new StepBuilder("streetFormLoadStep", jobRepository)
        .<StagedFile, StreetFormItemProcessor.Parsed>chunk(1)
        .transactionManager(transactionManager)
        .reader(streetFormFileReader)
        .processor(streetFormItemProcessor)
        .writer(streetFormItemWriter)
        .build();
  }

  @Bean
  @StepScope
  StagedFileItemReader streetFormFileReader(@Value("#{jobParameters['staging']}") String staging) {
    return new StagedFileItemReader("streetFormFileReader", Path.of(staging));
  }

  @Bean
  @StepScope
  StreetFormItemProcessor streetFormItemProcessor(
      StreetFormReader reader,
      @Value("#{jobParameters['period']}") String period,
      @Value("#{jobParameters['street']}") String street) {
    return new StreetFormItemProcessor(
        reader, period == null ? null : Period.require(period), street);
  }

  @Bean
  @StepScope
  StreetFormItemWriter streetFormItemWriter(
      FileLoadRecorder recorder,
      StreetFormRepository forms,
      @Value("#{jobParameters['run']}") String run,
      @Value("#{jobParameters['loadedBy']}") String loadedBy) {
    return new StreetFormItemWriter(recorder, forms, run, loadedBy);
  }
}
