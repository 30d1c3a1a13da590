package org.doudi.etl.fileload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One file of a load run, staged in the inbox: the one copy of it that the run reads.
 *
 * @param index its position in the run, from 0
 * @param path the staged copy
 * @param fileName the name the person gave it (shown in every message), without any folder
 * @param sha256 the SHA-256 of its bytes, hex, taken while it was staged
 * @param sizeBytes its size
 */
public record StagedFile(int index, Path path, String fileName, String sha256, long sizeBytes) {

  /** Returns the staged files of a run's folder (the job parameter {@code staging}), in order. */
  public static List<StagedFile> of(Path staging) {
    try {
      return StagingArea.files(staging);
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取暂存目录", e);
    }
  }
}
