package org.doudi.etl.discipline;

import org.doudi.etl.fileload.FileLoadRecorder;
import org.doudi.etl.fileload.LoadRun;
import org.doudi.etl.fileload.LoadSource;
import org.doudi.etl.fileload.OneFilePerChunk;
import org.doudi.etl.fileload.RowsItemWriter;
import org.doudi.warehouse.figures.FigureRepository;
import org.doudi.warehouse.load.LoadKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code disciplineLoadJob}: like the street form job, one staged file per chunk, so each file
 * loads all or nothing in its own transaction, together with its load record, and a restart goes on
 * with the first file not committed.
 */
@Configuration(proxyBeanMethods = false)
class DisciplineJobConfiguration {

  @Bean
  LoadSource disciplineSource(
      OneFilePerChunk sources,
      DisciplineReader reader,
      FileLoadRecorder recorder,
      FigureRepository figures) {
    return sources.source(
        "discipline",
        LoadKind.DISCIPLINE,
        "纪检监察机关数据表",
        RowsItemWriter.reading(
            (file, fileName) -> reader.read(file, fileName, LoadRun.current().period())),
        new DisciplineItemWriter(recorder, figures));
  }
}
