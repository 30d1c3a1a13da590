package org.doudi.etl.relatives;

import java.nio.file.Path;
import org.doudi.etl.fileload.FileLoadRecorder;
import org.doudi.etl.fileload.LoadSource;
import org.doudi.etl.fileload.StagedFile;
import org.doudi.etl.fileload.StagedFileItemReader;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.registry.RegistryRepository;
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
 * The {@code relativesLoadJob}: one staged file per chunk, so each 近亲属备案登记表 loads all or nothing in
 * its own transaction together with its load record.
 */
@Configuration(proxyBeanMethods = false)
class RelativesJobConfiguration {

  static final LoadKind KIND = new LoadKind("relatives");

  @Bean
  LoadSource relativesSource(
      Job relativesLoadJob, @Value("${doudi.forms.max-file-size:20MB}") DataSize maxFileSize) {
    return new LoadSource(KIND, relativesLoadJob, maxFileSize, "近亲属备案登记表");
  }

  @Bean
  Job relativesLoadJob(JobRepository jobRepository, Step relativesLoadStep) {
    return new JobBuilder("relativesLoadJob", jobRepository).start(relativesLoadStep).build();
  }

  @Bean
  Step relativesLoadStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      StagedFileItemReader relativesFileReader,
      RelativesReader reader,
      RelativesItemWriter relativesItemWriter) {
    ItemProcessor<StagedFile, RelativesItemWriter.Parsed> processor =
        file -> new RelativesItemWriter.Parsed(file, reader.read(file.path(), file.fileName()));
    return new StepBuilder("relativesLoadStep", jobRepository)
        .<StagedFile, RelativesItemWriter.Parsed>chunk(1)
        .transactionManager(transactionManager)
        .reader(relativesFileReader)
        .processor(processor)
        .writer(relativesItemWriter)
        .build();
  }

  @Bean
  @StepScope
  StagedFileItemReader relativesFileReader(@Value("#{jobParameters['staging']}") String staging) {
    return new StagedFileItemReader("relativesFileReader", Path.of(staging));
  }

  @Bean
  @StepScope
  RelativesItemWriter relativesItemWriter(
      FileLoadRecorder recorder,
      RegistryRepository registry,
      @Value("#{jobParameters['street']}") String street,
      @Value("#{jobParameters['run']}") String run,
      @Value("#{jobParameters['loadedBy']}") String loadedBy) {
    StreetAccess scope = street == null ? StreetAccess.all() : StreetAccess.of(street);
    return new RelativesItemWriter(recorder, registry, scope, run, loadedBy);
  }
}
