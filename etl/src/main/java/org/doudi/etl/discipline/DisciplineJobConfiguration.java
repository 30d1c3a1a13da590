package org.doudi.etl.discipline;

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
 * The {@code disciplineLoadJob}: like the street form job, one staged file per chunk, so each file
 * loads all or nothing in its own transaction, together with its load record, and a restart goes on
 * with the first file not committed.
 */
@Configuration(proxyBeanMethods = false)
class DisciplineJobConfiguration {

  @Bean
  LoadSource disciplineSource(
      Job disciplineLoadJob, @Value("${doudi.forms.max-file-size:20MB}") DataSize maxFileSize) {
    return new LoadSource(LoadKind.DISCIPLINE, disciplineLoadJob, maxFileSize, "纪检监察机关数据表");
  }

  @Bean
  Job disciplineLoadJob(JobRepository jobRepository, Step disciplineLoadStep) {
    return new JobBuilder("disciplineLoadJob", jobRepository).start(disciplineLoadStep).build();
  }

  @Bean
  Step disciplineLoadStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      StagedFileItemReader disciplineFileReader,
      DisciplineItemProcessor disciplineItemProcessor,
      DisciplineItemWriter disciplineItemWriter) {
    return new StepBuilder("disciplineLoadStep", jobRepository)
        .<StagedFile, DisciplineItemProcessor.Parsed>chunk(1)
        .transactionManager(transactionManager)
        .reader(disciplineFileReader)
        .processor(disciplineItemProcessor)
        .writer(disciplineItemWriter)
        .build();
  }

  @Bean
  @StepScope
  StagedFileItemReader disciplineFileReader(@Value("#{jobParameters['staging']}") String staging) {
    return new StagedFileItemReader("disciplineFileReader", Path.of(staging));
  }

  @Bean
  @StepScope
  DisciplineItemProcessor disciplineItemProcessor(
      DisciplineReader reader, @Value("#{jobParameters['period']}") String period) {
    return new DisciplineItemProcessor(reader, period == null ? null : Period.require(period));
  }

  @Bean
  @StepScope
  DisciplineItemWriter disciplineItemWriter(
      FileLoadRecorder recorder,
      DisciplineRepository figures,
      @Value("#{jobParameters['run']}") String run,
      @Value("#{jobParameters['loadedBy']}") String loadedBy) {
    return new DisciplineItemWriter(recorder, figures, run, loadedBy);
  }
}
