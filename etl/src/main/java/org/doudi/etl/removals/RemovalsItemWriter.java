package org.doudi.etl.removals;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.doudi.etl.fileload.FileLoadRecorder;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.etl.fileload.StagedFile;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.load.RowRejectedException;
import org.doudi.warehouse.load.WriteResult;
import org.doudi.warehouse.money.Removal;
import org.doudi.warehouse.money.RemovalRepository;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes one file's filings with its load record, in the file's transaction. */
class RemovalsItemWriter implements ItemWriter<RemovalsItemWriter.Parsed> {

  /**
   * A staged file with what reading it gave.
   *
   * @param file the staged file
   * @param read its rows or errors
   */
  record Parsed(StagedFile file, RemovalsReader.Read read) {}

  private final FileLoadRecorder recorder;
  private final RemovalRepository registry;
  private final StreetAccess scope;
  private final String run;
  private final String loadedBy;

  RemovalsItemWriter(
      FileLoadRecorder recorder,
      RemovalRepository registry,
      StreetAccess scope,
      String run,
      String loadedBy) {
    this.recorder = recorder;
    this.registry = registry;
    this.scope = scope;
    this.run = run;
    this.loadedBy = loadedBy;
  }

  @Override
  public void write(Chunk<? extends Parsed> chunk) {
    for (Parsed parsed : chunk) {
      write(parsed);
    }
  }

  private void write(Parsed parsed) {
    StagedFile file = parsed.file();
    OptionalLong admitted =
        recorder.admit(RemovalsJobConfiguration.KIND, run, file, loadedBy, parsed.read().errors());
    if (admitted.isEmpty()) {
      return;
    }
    List<Removal> rows = parsed.read().rows();
    WriteResult result;
    try {
      result = registry.write(scope, rows, admitted.getAsLong(), loadedBy);
    } catch (RowRejectedException e) {
      recorder.finish(
          file,
          admitted.getAsLong(),
          FileOutcome.Status.REJECTED,
          0,
          List.of(file.fileName() + " " + e.getMessage()));
      return;
    }
    Set<Period> periods = new TreeSet<>();
    rows.forEach(r -> periods.add(Period.of(r.removedDate())));
    recorder.finish(
        file,
        admitted.getAsLong(),
        FileOutcome.Status.OK,
        rows.size(),
        List.of("清退名单已导入：新增 " + result.added() + " 条，更新 " + result.updated() + " 条"),
        periods,
        Map.of("added", result.added(), "updated", result.updated()));
  }
}
