package org.doudi.etl.streetform;

import java.util.List;

/**
 * What reading one file gave: its forms when it is valid, else every error found.
 *
 * @param forms the forms, empty when any error was found
 * @param errors every error, each naming the file and the cell or line
 */
record FormFileRead(List<StreetForm> forms, List<String> errors) {

  /** Returns whether the file is valid as a whole. */
  public boolean valid() {
    return errors.isEmpty();
  }
}
