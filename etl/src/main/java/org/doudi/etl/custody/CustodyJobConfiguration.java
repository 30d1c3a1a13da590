package org.doudi.etl.custody;

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
 * The {@code custodyLoadJob}: one staged file per chunk, so each 卡折代管登记表 loads all or nothing in
 * its own transaction together with its load record.
 */
@Configuration(proxyBeanMethods = false)
class CustodyJobConfiguration {

  static final LoadKind KIND = new LoadKind("custody");

  @Bean
  LoadSource custodySource(
      Job custodyLoadJob, @Value("${doudi.forms.max-file-size:20MB}") DataSize maxFileSize) {
    return new LoadSource(KIND, custodyLoadJob, maxFileSize, "卡折代管登记表");
  }

  @Bean
  Job custodyLoadJob(JobRepository jobRepository, Step custodyLoadStep) {
    return new JobBuilder("custodyLoadJob", jobRepository).start(custodyLoadStep).build();
  }

  @Bean
  Step custodyLoadStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      StagedFileItemReader custodyFileReader,
      CustodyReader reader,
      CustodyItemWriter custodyItemWriter) {
    ItemProcessor<StagedFile, CustodyItemWriter.Parsed> processor =
        file -> new CustodyItemWriter.Parsed(file, reader.read(file.path(), file.fileName()));
    return new StepBuilder("custodyLoadStep", jobRepository)
        .<StagedFile, CustodyItemWriter.Parsed>chunk(1)
        .transactionManager(transactionManager)
        .reader(custodyFileReader)
        .processor(processor)
        .writer(custodyItemWriter)
        .build();
  }

  @Bean
  @StepScope
  StagedFileItemReader custodyFileReader(@Value("#{jobParameters['staging']}") String staging) {
    return new StagedFileItemReader("custodyFileReader", Path.of(staging));
  }

  @Bean
  @StepScope
  CustodyItemWriter custodyItemWriter(
      FileLoadRecorder recorder,
      RegistryRepository registry,
      @Value("#{jobParameters['street']}") String street,
      @Value("#{jobParameters['run']}") String run,
      @Value("#{jobParameters['loadedBy']}") String loadedBy) {
    StreetAccess scope = street == null ? StreetAccess.all() : StreetAccess.of(street);
    return new CustodyItemWriter(recorder, registry, scope, run, loadedBy);
  }
}
