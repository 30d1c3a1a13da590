package org.doudi.etl.custody;

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
 * The {@code custodyLoadJob}: one staged file per chunk, so each 卡折代管登记表 loads all or nothing in
 * its own transaction together with its load record.
 */
@Configuration(proxyBeanMethods = false)
class CustodyJobConfiguration {

  static final LoadKind KIND = new LoadKind("custody");
  static final String LABEL = "卡折代管登记表";

  @Bean
  LoadSource custodySource(
      OneFilePerChunk sources, TableFileReader files, RegistryRepository registry) {
    return sources.source(
        "custody",
        LABEL,
        files.reading(SourceFile.CUSTODY, CustodyReader::row),
        new RowsItemWriter.Table<>(
            KIND,
            (scope, read, id, by) -> registry.writeCustody(scope, read.rows(), id, by),
            r -> Period.of(r.registeredDate()),
            RowsItemWriter.addedAndUpdated(LABEL)));
  }
}
