package org.doudi.etl.fileload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Keeps the files of a run in the inbox beside the warehouse while the run loads them: each file
 * copied (or an upload moved) once, hashed in the same pass, and listed with its hash in the run's
 * manifest, so that no step reads a file only to hash it again. Removed on every outcome.
 */
final class StagingArea {

  static final String MANIFEST = "manifest.tsv";

  private StagingArea() {}

  /**
   * One file to stage.
   *
   * @param path where it is now
   * @param fileName its name as shown
   * @param received the upload's hash and size when it is an upload (moved, not copied), else null
   */
  record Source(Path path, String fileName, FileLoadRequest.Received received) {}

  /**
   * Stages the files into a new folder and writes its manifest; an upload is moved, any other file
   * copied while it is hashed.
   */
  static List<StagedFile> stage(Path folder, List<Source> sources) throws IOException {
    delete(folder);
    Files.createDirectories(folder);
    List<StagedFile> staged = new ArrayList<>();
    StringBuilder manifest = new StringBuilder();
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      Path target = folder.resolve(String.format("%04d", i));
      String sha256;
      long size;
      if (source.received() != null) {
        Files.move(source.path(), target, StandardCopyOption.REPLACE_EXISTING);
        sha256 = source.received().sha256();
        size = source.received().sizeBytes();
      } else {
        try (InputStream in = Files.newInputStream(source.path())) {
          Hashed hashed = copy(in, target, Long.MAX_VALUE);
          sha256 = hashed.sha256();
          size = hashed.size();
        }
      }
      staged.add(new StagedFile(i, target, source.fileName(), sha256, size));
      manifest.append(i).append('\t').append(sha256).append('\t').append(size).append('\t');
      manifest.append(source.fileName().replace('\t', ' ').replace('\n', ' ')).append('\n');
    }
    Files.writeString(folder.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
    return staged;
  }

  /** Reads a run's staged files back from its manifest. */
  static List<StagedFile> files(Path folder) throws IOException {
    List<StagedFile> files = new ArrayList<>();
    for (String line : Files.readAllLines(folder.resolve(MANIFEST), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", 4);
      int index = Integer.parseInt(fields[0]);
      files.add(
          new StagedFile(
              index,
              folder.resolve(String.format("%04d", index)),
              fields[3],
              fields[1],
              Long.parseLong(fields[2])));
    }
    return files;
  }

  /**
   * A file written while hashed.
   *
   * @param sha256 its SHA-256, hex
   * @param size its size
   * @param complete false when the stream held more than the limit (the file is then removed)
   */
  record Hashed(String sha256, long size, boolean complete) {}

  /** Writes a stream to a file while hashing it; stops and removes the file past the limit. */
  static Hashed copy(InputStream in, Path target, long limit) throws IOException {
    MessageDigest digest = digest();
    long size = 0;
    byte[] buffer = new byte[1 << 16];
    try (OutputStream out = Files.newOutputStream(target);
        DigestInputStream hashing = new DigestInputStream(in, digest)) {
      for (int n = hashing.read(buffer); n >= 0; n = hashing.read(buffer)) {
        size += n;
        if (size > limit) {
          out.close();
          Files.deleteIfExists(target);
          return new Hashed(null, size, false);
        }
        out.write(buffer, 0, n);
      }
    }
    return new Hashed(HexFormat.of().formatHex(digest.digest()), size, true);
  }

  /** Removes a file or a folder and what it holds; a missing one is fine. */
  static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    Files.walkFileTree(
        path,
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

  /** Returns the SHA-256 of a stream's bytes, hex. */
  static String sha256(InputStream in) throws IOException {
    MessageDigest digest = digest();
    byte[] buffer = new byte[1 << 16];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      digest.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Returns the SHA-256 of bytes, hex. */
  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
