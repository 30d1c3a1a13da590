package org.doudi.etl.removals;

import org.doudi.etl.fileload.LoadSource;
import org.doudi.etl.fileload.OneFilePerChunk;
import org.doudi.etl.fileload.RowsItemWriter;
import org.doudi.etl.fileload.TableFileReader;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.SourceFile;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.money.RemovalRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
      OneFilePerChunk sources, TableFileReader files, RemovalRepository registry) {
    return sources.source(
        "removals",
        LABEL,
        files.reading(SourceFile.REMOVALS, RemovalsReader::row),
        new RowsItemWriter.Table<>(
            KIND,
            (scope, read, id, by) -> registry.write(scope, read.rows(), id, by),
            r -> Period.of(r.removedDate()),
            RowsItemWriter.addedAndUpdated(LABEL)));
  }
}
