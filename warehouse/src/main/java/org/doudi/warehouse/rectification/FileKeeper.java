package org.doudi.warehouse.rectification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.doudi.warehouse.WarehouseSettings;
import org.springframework.stereotype.Component;

/**
 * Keeps uploaded files under the instance's folder (beside the warehouse, so that they travel with
 * it and its backup), accepting only PDF, images and Word documents, recognised by their first
 * bytes rather than by the name a person gave them.
 */
@Component
class FileKeeper {

  /** The largest file accepted. */
  static final long MAX_BYTES = 20L * 1024 * 1024;

  private final Path home;

  FileKeeper(WarehouseSettings settings) {
    this.home = settings.home();
  }

  /** Returns the content type of an accepted file, or throws saying what is accepted. */
  static String contentType(String fileName, byte[] bytes) {
    if (bytes.length == 0) {
      throw new RectificationException("文件“" + fileName + "”是空的");
    }
    if (bytes.length > MAX_BYTES) {
      throw new RectificationException("文件“" + fileName + "”超过 20MB");
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    if (starts(bytes, 0x25, 0x50, 0x44, 0x46)) {
      return "application/pdf";
    }
    if (starts(bytes, 0x89, 0x50, 0x4E, 0x47)) {
      return "image/png";
    }
    if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (starts(bytes, 0x50, 0x4B, 0x03, 0x04) && name.endsWith(".docx")) {
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    if (starts(bytes, 0xD0, 0xCF, 0x11, 0xE0) && name.endsWith(".doc")) {
      return "application/msword";
    }
    throw new RectificationException(
        "文件“" + fileName + "”不是 PDF、图片（PNG/JPEG）或 Word 文档（.doc/.docx），不能作为附件");
  }

  private static boolean starts(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The longest name a kept file is stored under, in characters. */
  static final int LONGEST_NAME = 60;

  /**
   * Writes the bytes to {@code folder/<id>-<safe name>} under the instance; returns the relative
   * path.
   */
  String keep(String folder, long id, String fileName, byte[] bytes) {
    String safe = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    if (safe.isBlank() || safe.startsWith(".")) {
      safe = "file" + safe;
    }
    safe = shortened(safe);
    Path relative = Path.of(folder).resolve(id + "-" + safe);
    Path target = home.resolve(relative).normalize();
    if (!target.startsWith(home)) {
      throw new RectificationException("文件名“" + fileName + "”不合法");
    }
    try {
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
    } catch (IOException e) {
      throw new IllegalStateException("无法保存文件 " + target + "：" + e.getMessage(), e);
    }
    return relative.toString();
  }

  /**
   * Returns the name cut to {@link #LONGEST_NAME} characters, its extension kept: file systems take
   * 255 bytes a name, and three bytes a Chinese character.
   */
  static String shortened(String name) {
    if (name.length() <= LONGEST_NAME) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    return name.substring(0, LONGEST_NAME - extension.length()) + extension;
  }

  /** Returns where a kept file lies. */
  Path resolve(String relative) {
    return home.resolve(relative).normalize();
  }

  /** Returns the SHA-256 of the bytes in hex. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
