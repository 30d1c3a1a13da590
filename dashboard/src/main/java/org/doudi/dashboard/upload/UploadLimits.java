package org.doudi.dashboard.upload;

import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.rectification.SummaryReports;

/**
 * The upload pages and how large a body each accepts: the page's file limit (the loader's own) plus
 * room for the multipart envelope. One list for the length check up front and the count while the
 * body is read.
 */
final class UploadLimits {

  /** Room for the multipart envelope around the file: boundaries, headers, the other fields. */
  static final long ENVELOPE = 64 * 1024;

  private static final Map<String, LoadKind> PAGES =
      Map.ofEntries(
          Map.entry("/forms/upload", LoadKind.STREET_FORM),
          Map.entry("/forms/discipline/upload", LoadKind.DISCIPLINE),
          Map.entry("/petitions/upload", LoadKind.PETITIONS),
          Map.entry("/campaign/files/relatives/upload", new LoadKind("relatives")),
          Map.entry("/campaign/files/custody/upload", new LoadKind("custody")),
          Map.entry("/campaign/files/ledger/upload", new LoadKind("ledger")),
          Map.entry("/campaign/files/removals/upload", new LoadKind("removals")),
          Map.entry("/campaign/files/payments/upload", new LoadKind("payments")));

  /** Pages whose files are kept as they are rather than loaded, with their limits. */
  private static final Map<String, Long> KEPT_FILES =
      Map.of("/campaign/summary-reports", SummaryReports.MAX_BYTES);

  /** An item's evidence (PDF, image, Word), as large as the problem list keeps. */
  private static final Pattern EVIDENCE =
      Pattern.compile("/rectification/\\d+/(rectified|evidence)");

  /** The largest evidence file, as {@code warehouse.rectification.FileKeeper} accepts. */
  static final long EVIDENCE_BYTES = 20L * 1024 * 1024;

  private final FileLoadLauncher launcher;

  UploadLimits(FileLoadLauncher launcher) {
    this.launcher = launcher;
  }

  /** Returns the largest file the page at {@code path} takes, if a POST there is an upload. */
  OptionalLong fileLimit(String method, String path) {
    if (!"POST".equals(method)) {
      return OptionalLong.empty();
    }
    LoadKind kind = PAGES.get(path);
    if (kind != null) {
      return OptionalLong.of(launcher.maxFileSize(kind).toBytes());
    }
    if (KEPT_FILES.containsKey(path)) {
      return OptionalLong.of(KEPT_FILES.get(path));
    }
    return EVIDENCE.matcher(path).matches()
        ? OptionalLong.of(EVIDENCE_BYTES)
        : OptionalLong.empty();
  }

  /** Returns the most bytes of body the page at {@code path} reads, if it is an upload page. */
  OptionalLong bodyLimit(String method, String path) {
    OptionalLong file = fileLimit(method, path);
    return file.isPresent() ? OptionalLong.of(file.getAsLong() + ENVELOPE) : file;
  }
}
