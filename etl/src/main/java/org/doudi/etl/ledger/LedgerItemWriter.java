package org.doudi.etl.ledger;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.doudi.etl.fileload.FileLoadRecorder;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.etl.fileload.StagedFile;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.load.RowRejectedException;
import org.doudi.warehouse.load.WriteResult;
import org.doudi.warehouse.rectification.LedgerRepository;
import org.doudi.warehouse.rectification.LedgerRow;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes one street's ledger rows with its load record, in the file's transaction. */
class LedgerItemWriter implements ItemWriter<LedgerItemWriter.Parsed> {

  /**
   * A staged file with what reading it gave.
   *
   * @param file the staged file
   * @param read its rows or errors
   */
  record Parsed(StagedFile file, LedgerReader.Read read) {}

  private final FileLoadRecorder recorder;
  private final LedgerRepository registry;
  private final StreetAccess scope;
  private final String run;
  private final String loadedBy;

  LedgerItemWriter(
      FileLoadRecorder recorder,
      LedgerRepository registry,
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
        recorder.admit(LedgerJobConfiguration.KIND, run, file, loadedBy, parsed.read().errors());
    if (admitted.isEmpty()) {
      return;
    }
    List<LedgerRow> rows = parsed.read().rows();
    WriteResult result;
    try {
      result =
          registry.write(scope, parsed.read().streetCode(), rows, admitted.getAsLong(), loadedBy);
    } catch (RowRejectedException e) {
      recorder.finish(
          file,
          admitted.getAsLong(),
          FileOutcome.Status.REJECTED,
          0,
          List.of(file.fileName() + " " + e.getMessage()));
      return;
    }
    recorder.finish(
        file,
        admitted.getAsLong(),
        FileOutcome.Status.OK,
        rows.size(),
        List.of("问题整改台账已导入：新增 " + result.added() + " 条，更新 " + result.updated() + " 条"),
        Set.of(),
        Map.of("added", result.added(), "updated", result.updated()));
  }
}
