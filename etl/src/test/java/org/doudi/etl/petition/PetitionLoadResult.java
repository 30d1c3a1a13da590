package org.doudi.etl.petition;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doudi.etl.fileload.FileOutcome;

/**
 * One petition file's outcome as the tests read it: the pipeline's {@link FileOutcome} with the
 * petition source's own counts by name.
 */
record PetitionLoadResult(FileOutcome file, double seconds) {

  private static final Pattern REPORT = Pattern.compile("拒收的行见 (\\S+)");

  /** How a load ended, in the tests' words. */
  enum Outcome {
    LOADED,
    SKIPPED,
    REJECTED
  }

  Outcome outcome() {
    return switch (file.status()) {
      case OK -> Outcome.LOADED;
      case SKIPPED -> Outcome.SKIPPED;
      case REJECTED -> Outcome.REJECTED;
    };
  }

  long newCases() {
    return file.count("newCases");
  }

  long updatedCases() {
    return file.count("updatedCases");
  }

  long rejectedRows() {
    return file.count("rejectedRows");
  }

  long loadId() {
    return file.loadId();
  }

  String message() {
    return String.join("\n", file.message());
  }

  /** Returns the lines that name a line of the file: 第 12 行：…. */
  List<String> reasons() {
    return file.message().stream().filter(line -> line.startsWith("第 ")).toList();
  }

  /** Returns the rejected-rows report the message names, or null. */
  Path rejectedReport() {
    Matcher report = REPORT.matcher(message());
    return report.find() ? Path.of(report.group(1)) : null;
  }
}
