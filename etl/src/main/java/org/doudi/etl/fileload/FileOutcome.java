package org.doudi.etl.fileload;

import java.util.List;
import java.util.Map;

/**
 * How loading one file ended, as the command line prints it and the upload page shows it.
 *
 * @param fileName the file's name
 * @param status loaded, skipped (the same bytes were loaded before) or rejected
 * @param message the result in Chinese: what was loaded and any warnings, or every error
 * @param rows how many rows the file added
 * @param loadId the load_log row, or -1 for a file refused before staging
 * @param counts what the source counted besides rows, by name (a petition log's {@code newCases},
 *     {@code updatedCases}, {@code rejectedRows}), each name the source's own
 */
public record FileOutcome(
    String fileName,
    Status status,
    List<String> message,
    long rows,
    long loadId,
    Map<String, Long> counts) {

  /** Returns an outcome with nothing counted besides rows. */
  public FileOutcome(String fileName, Status status, List<String> message, long rows, long loadId) {
    this(fileName, status, message, rows, loadId, Map.of());
  }

  /** Returns one of the source's own counts, 0 when it counted none of that name. */
  public long count(String name) {
    return counts.getOrDefault(name, 0L);
  }

  /** The three ways a file load ends. */
  public enum Status {
    /** The file was loaded. */
    OK,
    /** The very same bytes were loaded before; nothing changed. */
    SKIPPED,
    /** The file was refused; nothing of it was kept. */
    REJECTED;

    /** Returns the status as stored in {@code load_log.status}. */
    public String logStatus() {
      return switch (this) {
        case OK -> "loaded";
        case SKIPPED -> "skipped";
        case REJECTED -> "rejected";
      };
    }

    /** Returns the status of a {@code load_log.status}. */
    public static Status ofLogStatus(String status) {
      return switch (status) {
        case "loaded" -> OK;
        case "skipped" -> SKIPPED;
        default -> REJECTED;
      };
    }
  }

  /** Returns the one status line of CONTRACT.md: {@code OK FILE …}, {@code SKIPPED FILE: 已导入 …}. */
  public String statusLine() {
    String text = String.join("；", message);
    return switch (status) {
      case OK -> "OK " + fileName + "：" + text;
      case SKIPPED -> "SKIPPED " + fileName + ": " + text;
      case REJECTED -> "REJECTED " + fileName + ": " + text;
    };
  }

  /** Returns whether the file was refused. */
  public boolean rejected() {
    return status == Status.REJECTED;
  }
}
