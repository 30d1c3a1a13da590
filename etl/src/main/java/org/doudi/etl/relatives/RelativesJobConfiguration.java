package org.doudi.etl.relatives;

import org.doudi.etl.fileload.LoadSource;
import org.doudi.etl.fileload.OneFilePerChunk;
import org.doudi.etl.fileload.RowsItemWriter;
import org.doudi.etl.fileload.TableFileReader;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.SourceFile;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.registry.RegistryRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code relativesLoadJob}: one staged file per chunk, so each 近亲属备案登记表 loads all or nothing in
 * its own transaction together with its load record.
 */
@Configuration(proxyBeanMethods = false)
class RelativesJobConfiguration {

  static final LoadKind KIND = new LoadKind("relatives");
  static final String LABEL = "近亲属备案登记表";

  @Bean
  LoadSource relativesSource(
      OneFilePerChunk sources, TableFileReader files, RegistryRepository registry) {
    return sources.source(
        "relatives",
        LABEL,
        files.reading(SourceFile.RELATIVES, RelativesReader::row),
        new RowsItemWriter.Table<>(
            KIND,
            (scope, read, id, by) -> registry.writeRelatives(scope, read.rows(), id, by),
            r -> Period.of(r.filedDate()),
            RowsItemWriter.addedAndUpdated(LABEL)));
  }
}
