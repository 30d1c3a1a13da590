package org.doudi.etl.discipline;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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

/** Writes one file's rows as new versions with its load record, in the file's transaction. */
class DisciplineItemWriter implements ItemWriter<RowsItemWriter.Parsed<DisciplineReader.Read>> {

  private final FileLoadRecorder recorder;
  private final FigureRepository figures;

  DisciplineItemWriter(FileLoadRecorder recorder, FigureRepository figures) {
    this.recorder = recorder;
    this.figures = figures;
  }

  @Override
  public void write(Chunk<? extends RowsItemWriter.Parsed<DisciplineReader.Read>> chunk) {
    LoadRun run = LoadRun.current();
    for (RowsItemWriter.Parsed<DisciplineReader.Read> parsed : chunk) {
      write(parsed, run);
    }
  }

  private void write(RowsItemWriter.Parsed<DisciplineReader.Read> parsed, LoadRun run) {
    OptionalLong admitted =
        recorder.admit(
            LoadKind.DISCIPLINE, run.run(), parsed.file(), run.loadedBy(), parsed.read().errors());
    if (admitted.isEmpty()) {
      return;
    }
    long loadId = admitted.getAsLong();
    Set<Period> periods = new TreeSet<>();
    for (DisciplineFigures row : parsed.read().rows()) {
      figures.writeDiscipline(
          List.of(
              new FigureVersion(
                  row.period(),
                  row.street().code(),
                  figures.nextDisciplineVersion(row.period(), row.street().code()),
                  null,
                  null,
                  null,
                  null,
                  null,
                  row.figures())),
          loadId);
      periods.add(row.period());
    }
    int streets = parsed.read().rows().size();
    recorder.finish(
        parsed.file(),
        loadId,
        FileOutcome.Status.OK,
        streets,
        List.of(
            "纪检监察机关数据已导入："
                + periods.stream().map(Period::label).collect(Collectors.joining("、"))
                + "，共 "
                + streets
                + " 个街镇"),
        periods,
        Map.of());
  }
}
