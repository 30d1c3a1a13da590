package org.doudi.etl.petition;

import java.nio.file.Path;
import java.util.List;

/**
 * How loading one petition file ended.
 *
 * @param fileName the file's name as the user gave it
 * @param outcome loaded, skipped (the same bytes were loaded before: 已导入) or rejected
 * @param newCases cases seen for the first time
 * @param updatedCases cases a later export updated (same 编号)
 * @param rejectedRows rows not kept (only with skip-bad-rows; a rejected file keeps none)
 * @param seconds how long the load took
 * @param message the result in Chinese: the summary, or the reasons with line numbers
 * @param reasons one reason per bad line ({@code 第 12 行：…}), at most the first hundred
 * @param rejectedReport the rejected-rows report written with skip-bad-rows, or null
 * @param loadId the load's number in load_log
 */
public record PetitionLoadResult(
    String fileName,
    Outcome outcome,
    long newCases,
    long updatedCases,
    long rejectedRows,
    double seconds,
    String message,
    List<String> reasons,
    Path rejectedReport,
    long loadId) {

  /** How a load ended. */
  public enum Outcome {
    /** Rows were kept. */
    LOADED,
    /** The very same bytes were loaded before (已导入); nothing changed. */
    SKIPPED,
    /** The file was rejected whole; nothing of it was kept. */
    REJECTED
  }
}
