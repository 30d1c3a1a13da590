package org.doudi.etl.fileload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Keeps the files of a run in the inbox beside the warehouse until the run completed, so that a run
 * that died midway can be restarted from the very same bytes, whatever happened to the originals.
 */
final class StagingArea {

  /**
   * A staged file's position and original name, read back from its staged name.
   *
   * @param index position in the run
   * @param fileName original name
   */
  record Entry(int index, String fileName) {}

  private StagingArea() {}

  /** Returns the staged name of a file: {@code 007__原名.xlsx}. */
  static String stagedName(int index, String fileName) {
    return String.format("%04d__%s", index, fileName.replace('/', '_').replace('\\', '_'));
  }

  /** Reads a staged file's position and original name back from its name. */
  static Entry entryOf(Path staged) {
    String name = staged.getFileName().toString();
    int split = name.indexOf("__");
    return new Entry(Integer.parseInt(name.substring(0, split)), name.substring(split + 2));
  }

  /**
   * Copies the files into the run's folder unless a previous attempt of the same run already did;
   * writes into a temporary folder first so that a half-staged run is never taken for a staged one.
   */
  static void stage(Path folder, List<Path> files, List<String> names) throws IOException {
    if (Files.isDirectory(folder)) {
      return;
    }
    Path temporary = folder.resolveSibling(folder.getFileName() + ".part");
    delete(temporary);
    Files.createDirectories(temporary);
    for (int i = 0; i < files.size(); i++) {
      Files.copy(
          files.get(i),
          temporary.resolve(stagedName(i, names.get(i))),
          StandardCopyOption.REPLACE_EXISTING);
    }
    Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Removes a folder and what it holds; a missing folder is fine. */
  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Returns the SHA-256 of bytes, hex. */
  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /** Returns the SHA-256 of a file, hex, reading it in blocks. */
  static String sha256(Path file) throws IOException {
    MessageDigest digest = digest();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
