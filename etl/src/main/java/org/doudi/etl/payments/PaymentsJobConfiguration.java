package org.doudi.etl.payments;

import java.nio.file.Path;
import org.doudi.etl.fileload.FileLoadRecorder;
import org.doudi.etl.fileload.LoadSource;
import org.doudi.etl.fileload.StagedFile;
import org.doudi.etl.fileload.StagedFileItemReader;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.money.PaymentRepository;
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
 * The {@code paymentsLoadJob}: one staged file per chunk, so each 社会救助资金发放台账 loads all or nothing
 * in its own transaction together with its load record.
 */
@Configuration(proxyBeanMethods = false)
class PaymentsJobConfiguration {

  static final LoadKind KIND = new LoadKind("payments");

  @Bean
  LoadSource paymentsSource(
      Job paymentsLoadJob, @Value("${doudi.forms.max-file-size:20MB}") DataSize maxFileSize) {
    return new LoadSource(KIND, paymentsLoadJob, maxFileSize, "社会救助资金发放台账");
  }

  @Bean
  Job paymentsLoadJob(JobRepository jobRepository, Step paymentsLoadStep) {
    return new JobBuilder("paymentsLoadJob", jobRepository).start(paymentsLoadStep).build();
  }

  @Bean
  Step paymentsLoadStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      StagedFileItemReader paymentsFileReader,
      PaymentsReader reader,
      PaymentsItemWriter paymentsItemWriter) {
    ItemProcessor<StagedFile, PaymentsItemWriter.Parsed> processor =
        file -> new PaymentsItemWriter.Parsed(file, reader.read(file.path(), file.fileName()));
    return new StepBuilder("paymentsLoadStep", jobRepository)
        .<StagedFile, PaymentsItemWriter.Parsed>chunk(1)
        .transactionManager(transactionManager)
        .reader(paymentsFileReader)
        .processor(processor)
        .writer(paymentsItemWriter)
        .build();
  }

  @Bean
  @StepScope
  StagedFileItemReader paymentsFileReader(@Value("#{jobParameters['staging']}") String staging) {
    return new StagedFileItemReader("paymentsFileReader", Path.of(staging));
  }

  @Bean
  @StepScope
  PaymentsItemWriter paymentsItemWriter(
      FileLoadRecorder recorder,
      PaymentRepository registry,
      @Value("#{jobParameters['street']}") String street,
      @Value("#{jobParameters['run']}") String run,
      @Value("#{jobParameters['loadedBy']}") String loadedBy) {
    StreetAccess scope = street == null ? StreetAccess.all() : StreetAccess.of(street);
    return new PaymentsItemWriter(recorder, registry, scope, run, loadedBy);
  }
}
