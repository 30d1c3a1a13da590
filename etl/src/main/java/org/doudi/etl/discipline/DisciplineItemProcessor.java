package org.doudi.etl.discipline;

import org.doudi.etl.fileload.StagedFile;
import org.doudi.warehouse.dictionary.Period;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Reads and checks one staged file; bad content becomes the errors, never an exception. */
class DisciplineItemProcessor implements ItemProcessor<StagedFile, DisciplineItemProcessor.Parsed> {

  /**
   * A staged file with what reading it gave.
   *
   * @param file the staged file
   * @param read its rows or errors
   */
  record Parsed(StagedFile file, DisciplineReader.Read read) {}

  private final DisciplineReader reader;
  private final Period chosen;

  DisciplineItemProcessor(DisciplineReader reader, Period chosen) {
    this.reader = reader;
    this.chosen = chosen;
  }

  @Override
  public Parsed process(StagedFile file) {
    return new Parsed(file, reader.read(file.path(), file.fileName(), chosen));
  }
}
