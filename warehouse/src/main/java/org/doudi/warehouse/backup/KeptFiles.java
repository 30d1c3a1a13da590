package org.doudi.warehouse.backup;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files an instance keeps beside its warehouse (rectification evidence, the streets' summary
 * reports), which the warehouse rows name by their path under the instance's folder: a backup
 * copies them into {@code BACKUP.files/} beside the backup file, a restore brings them back under
 * the new instance's folder, so that every row finds its file again.
 */
public final class KeptFiles {

  /** The folders under the instance's folder that hold kept files. */
  public static final List<String> FOLDERS = List.of("evidence", "summary-reports");

  /** The ending of the folder beside a backup file that holds its kept files. */
  public static final String SUFFIX = ".files";

  private KeptFiles() {}

  /** Returns the folder of a backup's kept files. */
  public static Path besideBackup(Path backupFile) {
    return Path.of(backupFile + SUFFIX);
  }

  /**
   * Copies the instance's kept files beside the backup file; returns how many files it copied.
   * Taken after the warehouse's snapshot: a file is written before its row, so every row of the
   * snapshot finds its file (a file without a row is harmless).
   */
  public static long copyBeside(Path home, Path backupFile) {
    return copy(home, besideBackup(backupFile));
  }

  /** Brings a backup's kept files under the restored instance's folder; never overwrites one. */
  public static long restore(Path backupFile, Path home) {
    return copy(besideBackup(backupFile), home);
  }

  /** Removes a backup's kept files (when the backup itself is pruned). */
  public static void deleteBeside(Path backupFile) throws IOException {
    Path folder = besideBackup(backupFile);
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static long copy(Path fromRoot, Path toRoot) {
    long copied = 0;
    for (String name : FOLDERS) {
      Path from = fromRoot.resolve(name);
      if (!Files.isDirectory(from)) {
        continue;
      }
      try (Stream<Path> paths = Files.walk(from)) {
        for (Path source : paths.toList()) {
          Path target = toRoot.resolve(name).resolve(from.relativize(source).toString());
          if (Files.isDirectory(source)) {
            Files.createDirectories(target);
          } else {
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            copied++;
          }
        }
      } catch (FileAlreadyExistsException e) {
        throw new BackupException("文件 " + e.getFile() + " 已存在，不会覆盖", e);
      } catch (IOException e) {
        throw new BackupException("无法复制 " + from + " 中的文件：" + e.getMessage(), e);
      }
    }
    return copied;
  }
}
