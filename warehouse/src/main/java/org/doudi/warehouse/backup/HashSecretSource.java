package org.doudi.warehouse.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.doudi.warehouse.WarehouseSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the instance's hash secret the way the petition loader takes it, without ever creating one:
 * the property {@code doudi.personal-data.hash-secret} when set, else the file {@code
 * keys/hash-secret} beside the warehouse. A backup seals what this returns.
 */
@Component
public class HashSecretSource {

  private final String configured;
  private final Path file;

  HashSecretSource(
      @Value("${doudi.personal-data.hash-secret:}") String configured,
      WarehouseSettings warehouse) {
    this.configured = configured == null ? "" : configured;
    this.file = secretFile(warehouse.home());
  }

  /** Returns where an instance whose warehouse lives in {@code home} keeps its own secret. */
  public static Path secretFile(Path home) {
    return home.resolve("keys").resolve("hash-secret");
  }

  /** Returns whether the secret is given by the property rather than kept in the file. */
  public boolean configured() {
    return !configured.isBlank();
  }

  /** Returns the instance's own secret file. */
  public Path file() {
    return file;
  }

  /** Returns the secret in force, if the instance has one yet. */
  public Optional<String> secret() {
    if (configured()) {
      return Optional.of(configured);
    }
    try {
      return Files.exists(file)
          ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip())
          : Optional.empty();
    } catch (IOException e) {
      throw new BackupException("无法读取个人信息哈希密钥文件 " + file + "：" + e.getMessage(), e);
    }
  }
}
