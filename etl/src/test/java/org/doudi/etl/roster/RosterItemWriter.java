package org.doudi.etl.roster;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.doudi.etl.fileload.FileLoadRecorder;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.warehouse.dictionary.Period;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes one register's entries with its load record, in the file's transaction. */
class RosterItemWriter implements ItemWriter<RosterReader.Read> {

  private final FileLoadRecorder recorder;
  private final RosterRepository roster;
  private final String run;
  private final String loadedBy;

  RosterItemWriter(
      FileLoadRecorder recorder, RosterRepository roster, String run, String loadedBy) {
    this.recorder = recorder;
    this.roster = roster;
    this.run = run;
    this.loadedBy = loadedBy;
  }

  @Override
  public void write(Chunk<? extends RosterReader.Read> chunk) {
    for (RosterReader.Read read : chunk) {
      OptionalLong admitted =
          recorder.admit(RosterJobConfiguration.KIND, run, read.file(), loadedBy, read.errors());
      if (admitted.isEmpty()) {
        continue;
      }
      Set<Period> periods = new TreeSet<>();
      for (RosterReader.Entry entry : read.entries()) {
        roster.insert(entry, admitted.getAsLong());
        periods.add(entry.period());
      }
      recorder.finish(
          read.file(),
          admitted.getAsLong(),
          FileOutcome.Status.OK,
          read.entries().size(),
          List.of("备案登记表已导入，共 " + read.entries().size() + " 人"),
          periods,
          Map.of("people", (long) read.entries().size()));
    }
  }
}
