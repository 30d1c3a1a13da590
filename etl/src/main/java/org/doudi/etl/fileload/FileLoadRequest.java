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
 */
public record FileLoadRequest(
    List<InputFile> files, Period period, String loadedBy, String requiredStreet) {

  /**
   * One file to load.
   *
   * @param path where it is
   * @param fileName the name to show for it, e.g. the name it had on the clerk's computer
   */
  public record InputFile(Path path, String fileName) {

    /** Returns a file shown under its own name. */
    public static InputFile of(Path path) {
      return new InputFile(path, path.getFileName().toString());
    }
  }
}
