package org.doudi.etl.streetform;

import org.doudi.etl.fileload.FileLoadRecorder;
import org.doudi.etl.fileload.LoadRun;
import org.doudi.etl.fileload.LoadSource;
import org.doudi.etl.fileload.OneFilePerChunk;
import org.doudi.etl.fileload.RowsItemWriter;
import org.doudi.etl.fileload.StagedFile;
import org.doudi.warehouse.figures.FigureRepository;
import org.doudi.warehouse.load.LoadKind;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code streetFormLoadJob}: the staged files of a run one per chunk, so each file is loaded in
 * its own transaction and a restart goes on with the first file not committed.
 */
@Configuration(proxyBeanMethods = false)
class StreetFormJobConfiguration {

  @Bean
  LoadSource streetFormSource(
      OneFilePerChunk sources,
      StreetFormReader reader,
      FileLoadRecorder recorder,
      FigureRepository forms) {
    return sources.source(
        "streetForm",
        LoadKind.STREET_FORM,
        "统计表",
        reading(reader),
        new StreetFormItemWriter(recorder, forms));
  }

  /** Reads a staged file for the run's chosen period and, for a street's account, its street. */
  static ItemProcessor<StagedFile, RowsItemWriter.Parsed<FormFileRead>> reading(
      StreetFormReader reader) {
    return RowsItemWriter.reading(
        (file, fileName) -> {
          LoadRun run = LoadRun.current();
          return reader.read(file, fileName, run.period(), run.street());
        });
  }
}
