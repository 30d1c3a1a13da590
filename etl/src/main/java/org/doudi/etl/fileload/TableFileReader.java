package org.doudi.etl.fileload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doudi.etl.sheet.SourceTables;
import org.doudi.warehouse.dictionary.SourceFile;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Reads the table of a source file into rows, one a line, collecting every error by cell. */
@Component
public class TableFileReader {

  /**
   * Makes the row of one line, adding what is wrong with it to the errors.
   *
   * @param <R> the row
   */
  @FunctionalInterface
  public interface Row<R> {

    /** The row of the line; its errors each name file and cell. */
    R of(SourceTables.Line line, StreetDictionary streets, List<String> errors);
  }

  /**
   * What reading one file gave.
   *
   * @param rows the rows, empty when any error was found
   * @param errors every error, each naming file and cell
   */
  public record Rows<R>(List<R> rows, List<String> errors) implements FileRows<R> {}

  private final StreetDictionary streets;
  private final long maxExpanded;

  TableFileReader(
      StreetDictionary streets,
      @Value("${doudi.forms.max-expanded-size:100MB}") DataSize maxExpanded) {
    this.streets = streets;
    this.maxExpanded = maxExpanded.toBytes();
  }

  /** The processor giving each staged file of the given kind with its rows or errors. */
  public <R> ItemProcessor<StagedFile, RowsItemWriter.Parsed<Rows<R>>> reading(
      SourceFile kind, Row<R> row) {
    return RowsItemWriter.reading(
        (file, fileName) -> read(file, fileName, kind, row, LoadRun.current().street()));
  }

  /** Reads a file of the given kind, each line into a row; no rows when any error was found. */
  public <R> Rows<R> read(Path file, String fileName, SourceFile kind, Row<R> row) {
    return read(file, fileName, kind, row, null);
  }

  /**
   * Reads a file as {@link #read(Path, String, SourceFile, Row)}, refusing, by its cell, every line
   * whose 街镇 is not {@code ownStreet} (a street account's own street; null: any street).
   */
  public <R> Rows<R> read(
      Path file, String fileName, SourceFile kind, Row<R> row, String ownStreet) {
    SourceTables.Table table = SourceTables.read(file, fileName, kind, maxExpanded);
    List<String> errors = new ArrayList<>(table.errors());
    List<R> rows = new ArrayList<>();
    for (SourceTables.Line l : table.lines()) {
      rows.add(row.of(l, streets, errors));
      if (ownStreet != null) {
        l.requireStreet(streets, ownStreet, kind, errors);
      }
    }
    return errors.isEmpty() ? new Rows<>(rows, List.of()) : new Rows<>(List.of(), errors);
  }
}
