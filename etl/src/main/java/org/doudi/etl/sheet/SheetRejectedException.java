package org.doudi.etl.sheet;

import java.util.List;

/** Thrown when a file cannot be read at all; carries every error found, each naming the file. */
public class SheetRejectedException extends RuntimeException {

  private final List<String> errors;

  /** Creates the exception with one error. */
  public SheetRejectedException(String error) {
    this(List.of(error));
  }

  /** Creates the exception with every error found. */
  public SheetRejectedException(List<String> errors) {
    super(String.join("；", errors));
    this.errors = List.copyOf(errors);
  }

  /** Returns every error, each a sentence naming file and cell or line. */
  public List<String> errors() {
    return errors;
  }
}
