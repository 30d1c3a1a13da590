package org.doudi.etl.fileload;

/** Hears how far a load has come, for the command line's stderr and the upload pages. */
@FunctionalInterface
public interface LoadProgress {

  /** A listener that ignores every report. */
  LoadProgress NONE = (phase, rows, percent) -> {};

  /**
   * Reports progress.
   *
   * @param phase what the load is doing, in Chinese (读取, 校验, 写入)
   * @param rows rows read so far
   * @param percent how much of the whole load is done, 0–100
   */
  void update(String phase, long rows, int percent);
}
