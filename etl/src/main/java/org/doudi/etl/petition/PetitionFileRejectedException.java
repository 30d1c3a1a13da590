package org.doudi.etl.petition;

import java.util.List;

/** Thrown when a petition file cannot be read at all: its reasons name the line or the column. */
class PetitionFileRejectedException extends Exception {

  private final List<String> reasons;

  PetitionFileRejectedException(List<String> reasons) {
    super(String.join("\n", reasons));
    this.reasons = List.copyOf(reasons);
  }

  PetitionFileRejectedException(String reason) {
    this(List.of(reason));
  }

  List<String> reasons() {
    return reasons;
  }
}
