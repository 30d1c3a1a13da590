package org.doudi.etl.fileload;

import java.util.List;

/**
 * What reading one file of a table gave: its rows, or every error found, each naming file and cell.
 *
 * @param <R> the row read
 */
public interface FileRows<R> {

  /** The rows, empty when any error was found. */
  List<R> rows();

  /** Every error, each naming file and cell; empty when the file can be loaded. */
  List<String> errors();
}
