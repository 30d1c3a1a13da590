package org.doudi.etl.streetform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.doudi.etl.fileload.FileLoadRecorder;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.etl.fileload.LoadRun;
import org.doudi.etl.fileload.RowsItemWriter;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.figures.FigureRepository;
import org.doudi.warehouse.figures.FigureVersion;
import org.doudi.warehouse.load.LoadKind;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes one file's forms as new versions and records the file's outcome, inside the file's chunk
 * transaction: the load record and the rows commit together or not at all.
 */
class StreetFormItemWriter implements ItemWriter<RowsItemWriter.Parsed<FormFileRead>> {

  private final FileLoadRecorder recorder;
  private final FigureRepository forms;

  StreetFormItemWriter(FileLoadRecorder recorder, FigureRepository forms) {
    this.recorder = recorder;
    this.forms = forms;
  }

  @Override
  public void write(Chunk<? extends RowsItemWriter.Parsed<FormFileRead>> chunk) {
    LoadRun run = LoadRun.current();
    for (RowsItemWriter.Parsed<FormFileRead> parsed : chunk) {
      write(parsed, run);
    }
  }

  private void write(RowsItemWriter.Parsed<FormFileRead> parsed, LoadRun run) {
    OptionalLong admitted =
        recorder.admit(
            LoadKind.STREET_FORM, run.run(), parsed.file(), run.loadedBy(), parsed.read().errors());
    if (admitted.isEmpty()) {
      return;
    }
    long loadId = admitted.getAsLong();
    List<String> message = new ArrayList<>();
    Set<Period> periods = new TreeSet<>();
    for (StreetForm form : parsed.read().forms()) {
      Optional<FigureRepository.Current> current =
          forms.currentForm(form.period(), form.street().code());
      int version = current.map(c -> c.version() + 1).orElse(1);
      forms.writeForms(
          List.of(
              new FigureVersion(
                  form.period(),
                  form.street().code(),
                  version,
                  null,
                  form.contactName(),
                  form.contactPhone(),
                  form.fillDate(),
                  form.remarks(),
                  form.figures())),
          loadId);
      periods.add(form.period());
      StringBuilder line =
          new StringBuilder(form.street().name())
              .append(' ')
              .append(form.period().label())
              .append(" 统计表已导入（第")
              .append(version)
              .append("版");
      current.ifPresent(
          c -> line.append(c.returned() ? "，接替被退回的第" : "，替换第").append(c.version()).append("版"));
      line.append("）");
      message.add(line.toString());
      current
          .filter(c -> !c.returned() && c.fillDate() != null && form.fillDate() != null)
          .filter(c -> form.fillDate().isBefore(c.fillDate()))
          .ifPresent(
              c ->
                  message.add(
                      "提醒：本表填报日期 "
                          + form.fillDate()
                          + " 早于被替换的第"
                          + c.version()
                          + "版（"
                          + c.fillDate()
                          + "），请确认这是最新的一份"));
      message.addAll(form.warnings());
    }
    recorder.finish(
        parsed.file(),
        loadId,
        FileOutcome.Status.OK,
        parsed.read().forms().size(),
        message,
        periods,
        Map.of());
  }
}
