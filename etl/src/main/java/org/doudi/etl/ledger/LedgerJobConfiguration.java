package org.doudi.etl.ledger;

import org.doudi.etl.fileload.LoadRun;
import org.doudi.etl.fileload.LoadSource;
import org.doudi.etl.fileload.OneFilePerChunk;
import org.doudi.etl.fileload.RowsItemWriter;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.rectification.LedgerRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code ledgerLoadJob}: one staged file per chunk, so each 问题整改台账 loads all or nothing in its
 * own transaction together with its load record.
 */
@Configuration(proxyBeanMethods = false)
class LedgerJobConfiguration {

  static final LoadKind KIND = new LoadKind("ledger");
  static final String LABEL = "问题整改台账";

  @Bean
  LoadSource ledgerSource(OneFilePerChunk sources, LedgerReader reader, LedgerRepository registry) {
    return sources.source(
        "ledger",
        LABEL,
        RowsItemWriter.reading(
            (file, fileName) -> reader.read(file, fileName, LoadRun.current().street())),
        new RowsItemWriter.Table<>(
            KIND,
            (scope, read, id, by) -> registry.write(scope, read.streetCode(), read.rows(), id, by),
            null,
            RowsItemWriter.addedAndUpdated(LABEL)));
  }
}
