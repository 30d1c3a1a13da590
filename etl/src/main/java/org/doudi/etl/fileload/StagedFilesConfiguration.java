package org.doudi.etl.fileload;

import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reader of a step's staged files, one for each step execution. */
@Configuration(proxyBeanMethods = false)
class StagedFilesConfiguration {

  /** Reads the run's staging folder, named {@code 〈name〉FileReader} after its step. */
  @Bean
  @StepScope
  StagedFileItemReader stagedFileReader(
      @Value("#{jobParameters['staging']}") String staging,
      @Value("#{stepExecution.stepName}") String step) {
    return new StagedFileItemReader(step.replace("LoadStep", "FileReader"), Path.of(staging));
  }
}
