package org.doudi.etl.payments;

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
import org.doudi.warehouse.money.Payment;
import org.doudi.warehouse.money.PaymentRepository;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes one file's filings with its load record, in the file's transaction. */
class PaymentsItemWriter implements ItemWriter<PaymentsItemWriter.Parsed> {

  /**
   * A staged file with what reading it gave.
   *
   * @param file the staged file
   * @param read its rows or errors
   */
  record Parsed(StagedFile file, PaymentsReader.Read read) {}

  private final FileLoadRecorder recorder;
  private final PaymentRepository registry;
  private final StreetAccess scope;
  private final String run;
  private final String loadedBy;

  PaymentsItemWriter(
      FileLoadRecorder recorder,
      PaymentRepository registry,
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
        recorder.admit(PaymentsJobConfiguration.KIND, run, file, loadedBy, parsed.read().errors());
    if (admitted.isEmpty()) {
      return;
    }
    List<Payment> rows = parsed.read().rows();
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
    rows.forEach(r -> periods.add(Period.require(r.period())));
    recorder.finish(
        file,
        admitted.getAsLong(),
        FileOutcome.Status.OK,
        rows.size(),
        List.of("社会救助资金发放台账已导入：" + result.added() + " 条（替换了同街镇同月份原有的 " + result.updated() + " 条）"),
        periods,
        Map.of("added", result.added(), "updated", result.updated()));
  }
}
