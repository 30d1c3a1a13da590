package org.doudi.etl.fileload;

import java.nio.file.Path;
import java.util.List;
import org.doudi.warehouse.dictionary.Period;

/**
 * What a person asked to load.
 *
 * @param files the files, each with the name to show for it
 * @param period the period chosen when loading (the CLI's {@code --period}, the upload page's
 *     period), or null
 * @param loadedBy the account name, or {@code cli:<os user>}
 * @param requiredStreet the street code every form must be of (a street account's own street), or
 *     null when any street may be loaded
 * @param skipBadRows whether a file's good rows are kept when some rows are bad (else the file is
 *     rejected whole)
 * @param findingsLater whether the findings are recomputed after the load returns (an upload page
 *     answers at once) rather than before (a command finishes with its findings up to date)
 */
public record FileLoadRequest(
    List<InputFile> files,
    Period period,
    String loadedBy,
    String requiredStreet,
    boolean skipBadRows,
    boolean findingsLater) {

  /** Returns a request that rejects a file with any bad row and updates findings before it ends. */
  public FileLoadRequest(
      List<InputFile> files, Period period, String loadedBy, String requiredStreet) {
    this(files, period, loadedBy, requiredStreet, false, false);
  }

  /**
   * One file to load.
   *
   * @param path where it is
   * @param fileName the name to show for it, e.g. the name it had on the clerk's computer; any
   *     folder in it is dropped
   * @param received the upload already received into the inbox (hashed while it arrived), or null
   *     for a file of the person's own that is copied
   */
  public record InputFile(Path path, String fileName, Received received) {

    /** Returns a file of the person's own, under the given name. */
    public InputFile(Path path, String fileName) {
      this(path, fileName, null);
    }

    /** Returns a file shown under its own name. */
    public static InputFile of(Path path) {
      return new InputFile(path, path.getFileName().toString());
    }
  }

  /**
   * An upload as it arrived in the inbox.
   *
   * @param sha256 the SHA-256 of its bytes, hex
   * @param sizeBytes its size
   */
  public record Received(String sha256, long sizeBytes) {}
}
