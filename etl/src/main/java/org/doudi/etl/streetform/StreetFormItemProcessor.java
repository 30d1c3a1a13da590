package org.doudi.etl.streetform;

import org.doudi.etl.fileload.StagedFile;
import org.doudi.warehouse.dictionary.Period;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Reads and checks one staged file; never throws for bad content, which becomes the errors. */
class StreetFormItemProcessor implements ItemProcessor<StagedFile, StreetFormItemProcessor.Parsed> {

  /**
   * A staged file with what reading it gave.
   *
   * @param file the staged file
   * @param read its forms or errors
   */
  record Parsed(StagedFile file, FormFileRead read) {}

  private final StreetFormReader reader;
  private final Period period;
  private final String requiredStreet;

  StreetFormItemProcessor(StreetFormReader reader, Period period, String requiredStreet) {
    this.reader = reader;
    this.period = period;
    this.requiredStreet = requiredStreet;
  }

  @Override
  public Parsed process(StagedFile file) {
    return new Parsed(file, reader.read(file.path(), file.fileName(), period, requiredStreet));
  }
}
