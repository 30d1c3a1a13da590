package org.doudi.etl.petition;

/**
 * Hears how far a petition-log load has come, for the command line's stderr and the upload page.
 */
@FunctionalInterface
public interface PetitionProgress {

  /** A listener that ignores every report. */
  PetitionProgress NONE = (phase, rows, percent) -> {};

  /**
   * Reports progress.
   *
   * @param phase what the load is doing, in Chinese (读取, 校验, 写入)
   * @param rows rows read so far
   * @param percent how much of the whole load is done, 0–100
   */
  void update(String phase, long rows, int percent);
}
