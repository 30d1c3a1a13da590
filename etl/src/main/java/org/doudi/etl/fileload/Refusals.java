package org.doudi.etl.fileload;

import java.io.IOException;
import java.nio.file.Files;

/** Says, in Chinese, why a file is refused before it is staged: missing, empty or too large. */
final class Refusals {

  private Refusals() {}

  /** Returns why a file is refused before it is staged, or null when it is not. */
  static String of(FileLoadRequest.InputFile input, String name, LoadSource source) {
    long size = sizeOf(input);
    long max = source.maxFileSize().toBytes();
    if (input.received() == null && !Files.isRegularFile(input.path())) {
      return name + "：找不到该文件";
    }
    if (size > max) {
      return name
          + "：文件大小"
          + (input.received() != null && input.received().sha256() == null
              ? "超过上限 " + megabytes(max)
              : " " + megabytes(size) + " 超过上限 " + megabytes(max))
          + "，"
          + source.label()
          + "不应这么大，请检查是否选错了文件";
    }
    if (size == 0) {
      return name + "：文件是空的";
    }
    return null;
  }

  private static String megabytes(long bytes) {
    return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
  }

  /** Returns a file's size as received or on disk, 0 when it cannot be told. */
  static long sizeOf(FileLoadRequest.InputFile input) {
    if (input.received() != null) {
      return input.received().sizeBytes();
    }
    try {
      return Files.size(input.path());
    } catch (IOException e) {
      return 0;
    }
  }
}
