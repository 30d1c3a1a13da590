package org.doudi.etl.removals;

import org.doudi.etl.fileload.LoadSource;
import org.doudi.etl.fileload.OneFilePerChunk;
import org.doudi.etl.fileload.RowsItemWriter;
import org.doudi.etl.fileload.TableFileReader;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.SourceFile;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.money.RemovalRepository;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The {@code removalsLoadJob}: one staged file per chunk, so each 清退名单 loads all or nothing in its
 * own transaction together with its load record.
 */
@Configuration(proxyBeanMethods = false)
class RemovalsJobConfiguration {

  static final LoadKind KIND = new LoadKind("removals");
  static final String LABEL = "清退名单";

  @Bean
  LoadSource removalsSource(
      Job removalsLoadJob, @Value("${doudi.forms.max-file-size:20MB}") DataSize maxFileSize) {
    return new LoadSource(KIND, removalsLoadJob, maxFileSize, LABEL);
  }

  @Bean
  Job removalsLoadJob(OneFilePerChunk jobs, TableFileReader files, RemovalRepository registry) {
    return jobs.job(
        "removals",
        files.reading(SourceFile.REMOVALS, RemovalsReader::row),
        new RowsItemWriter.Table<>(
            KIND,
            (scope, read, id, by) -> registry.write(scope, read.rows(), id, by),
            r -> Period.of(r.removedDate()),
            RowsItemWriter.addedAndUpdated(LABEL)));
  }
}
