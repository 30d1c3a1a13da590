package org.doudi.etl.fileload;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.load.RowRejectedException;
import org.doudi.warehouse.load.WriteResult;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes one staged file's rows with its load record, in the file's transaction: a file with errors
 * is refused, a row the warehouse rejects rejects the file, else its status line, periods and
 * counts are recorded.
 *
 * @param <R> the row of the table
 * @param <T> what reading one file gave
 */
public class RowsItemWriter<R, T extends FileRows<R>>
    implements ItemWriter<RowsItemWriter.Parsed<T>> {

  /**
   * A staged file with what reading it gave.
   *
   * @param file the staged file
   * @param read its rows or errors
   */
  public record Parsed<T>(StagedFile file, T read) {}

  /**
   * Writes the rows of one file for a load in the warehouse.
   *
   * @param <T> what reading one file gave
   */
  @FunctionalInterface
  public interface Rows<T> {

    /** Writes the file's rows under the load id, telling how many were added and updated. */
    WriteResult write(StreetAccess scope, T read, long loadId, String loadedBy);
  }

  /**
   * How a kind of table file is written.
   *
   * @param kind the kind of file, as {@code load_log.kind} records it
   * @param rows writes a file's rows
   * @param period the period a row belongs to; {@code null} when the rows have none
   * @param status the status line of a loaded file, from what writing it did
   */
  public record Table<R, T>(
      LoadKind kind,
      Rows<T> rows,
      Function<R, Period> period,
      Function<WriteResult, String> status) {}

  /** The usual status line of a loaded file: {@code 〈label〉已导入：新增 N 条，更新 M 条}. */
  public static Function<WriteResult, String> addedAndUpdated(String label) {
    return r -> label + "已导入：新增 " + r.added() + " 条，更新 " + r.updated() + " 条";
  }

  /** The processor giving each staged file with what reading it gave. */
  public static <T> ItemProcessor<StagedFile, Parsed<T>> reading(BiFunction<Path, String, T> read) {
    return file -> new Parsed<>(file, read.apply(file.path(), file.fileName()));
  }

  /** The street scope of a run: its account's street, else every street. */
  private static StreetAccess scope(String street) {
    return street == null ? StreetAccess.all() : StreetAccess.of(street);
  }

  private final Table<R, T> table;
  private final FileLoadRecorder recorder;

  /** Creates the writer of a table's files; each step writes for the run it executes. */
  public RowsItemWriter(Table<R, T> table, FileLoadRecorder recorder) {
    this.table = table;
    this.recorder = recorder;
  }

  @Override
  public void write(Chunk<? extends Parsed<T>> chunk) {
    LoadRun run = LoadRun.current();
    for (Parsed<T> parsed : chunk) {
      write(parsed, run);
    }
  }

  private void write(Parsed<T> parsed, LoadRun run) {
    StagedFile file = parsed.file();
    OptionalLong admitted =
        recorder.admit(table.kind(), run.run(), file, run.loadedBy(), parsed.read().errors());
    if (admitted.isEmpty()) {
      return;
    }
    List<R> rows = parsed.read().rows();
    WriteResult result;
    try {
      result =
          table
              .rows()
              .write(scope(run.street()), parsed.read(), admitted.getAsLong(), run.loadedBy());
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
    if (table.period() != null) {
      rows.forEach(r -> periods.add(table.period().apply(r)));
    }
    recorder.finish(
        file,
        admitted.getAsLong(),
        FileOutcome.Status.OK,
        rows.size(),
        List.of(table.status().apply(result)),
        periods,
        Map.of("added", result.added(), "updated", result.updated()));
  }
}
