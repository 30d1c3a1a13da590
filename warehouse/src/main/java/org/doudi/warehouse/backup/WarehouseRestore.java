package org.doudi.warehouse.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * Brings a backup back as a new instance together with its hash secret, so that the complainant
 * keys it holds keep linking new cases: it refuses a secret whose fingerprint is not the one the
 * backup recorded, and a backup holding keys without any secret. It works on files only, before any
 * instance is opened on the target.
 */
public final class WarehouseRestore {

  /**
   * What a restore did.
   *
   * @param warehouse the restored warehouse file
   * @param secretFile the instance's secret file, or null when the backup needs none yet
   * @param fingerprint the secret's fingerprint, or null
   * @param checked whether the backup recorded a fingerprint the secret was checked against
   */
  public record Restored(Path warehouse, Path secretFile, String fingerprint, boolean checked) {}

  private WarehouseRestore() {}

  /** Restores {@code backup} to {@code target} with {@code secret}; never overwrites anything. */
  public static Restored restore(Path backup, Path target, Optional<String> secret) {
    if (!Files.isRegularFile(backup)) {
      throw new BackupException("找不到备份文件 " + backup);
    }
    Path warehouse = target.toAbsolutePath().normalize();
    if (Files.exists(warehouse) || Files.exists(Path.of(warehouse + ".wal"))) {
      throw new BackupException("目标 " + warehouse + " 已存在：恢复不会覆盖现有仓库，请换一个位置或先把它移走");
    }
    BackupFacts facts = facts(backup);
    if (secret.isPresent()
        && facts.fingerprint() != null
        && !facts.fingerprint().equals(HashSecretFingerprint.of(secret.get()))) {
      throw new BackupException(
          "给出的哈希密钥不是这份备份的（备份记录的密钥指纹为 "
              + facts.fingerprint()
              + "，给出的密钥指纹为 "
              + HashSecretFingerprint.of(secret.get())
              + "）；请用与备份一同写下的 .secret 文件和当时的口令，或原实例的 keys/hash-secret");
    }
    if (secret.isEmpty() && facts.keys() > 0) {
      throw new BackupException(
          "备份中有 "
              + facts.keys()
              + " 个信访案件带反映人关联键，但没有找到它的哈希密钥：缺了它，新案件将无法与已有反映人关联。"
              + "请把备份旁的 "
              + backup.getFileName()
              + SealedSecret.SUFFIX
              + " 放回原处并提供备份口令，或用 --secret-file 指定原实例的 keys/hash-secret");
    }
    Path home = warehouse.getParent();
    Path secretFile = HashSecretSource.secretFile(home);
    try {
      if (secret.isPresent() && Files.exists(secretFile)) {
        String existing = Files.readString(secretFile, StandardCharsets.US_ASCII).strip();
        if (!existing.equals(secret.get())) {
          throw new BackupException("目标目录已有另一个哈希密钥 " + secretFile + "：恢复不会覆盖它，请换一个目录，或确认后先把它移走");
        }
      }
      Files.createDirectories(home);
      Path partial = home.resolve("." + warehouse.getFileName() + ".restoring");
      Files.copy(backup, partial, StandardCopyOption.REPLACE_EXISTING);
      if (secret.isPresent() && !Files.exists(secretFile)) {
        writeSecret(secretFile, secret.get());
      }
      KeptFiles.restore(backup, home);
      Files.move(partial, warehouse, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new BackupException("无法恢复到 " + warehouse + "：" + e.getMessage(), e);
    }
    return new Restored(
        warehouse,
        secret.isPresent() ? secretFile : null,
        secret.map(HashSecretFingerprint::of).orElse(null),
        facts.fingerprint() != null);
  }

  private static void writeSecret(Path file, String secret) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), "hash-secret", ".tmp");
    try {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's own permissions apply
    }
    Files.writeString(temp, secret + "\n", StandardCharsets.US_ASCII);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
  }

  /** What the backup itself says: its secret's fingerprint (null before it was recorded), keys. */
  private record BackupFacts(String fingerprint, long keys) {}

  private static BackupFacts facts(Path backup) {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection connection =
            DriverManager.getConnection("jdbc:duckdb:" + backup.toAbsolutePath(), readOnly);
        Statement statement = connection.createStatement()) {
      String fingerprint = null;
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT value FROM instance_setting WHERE key = '"
                  + HashSecretFingerprint.SETTING
                  + "'")) {
        if (rs.next()) {
          fingerprint = rs.getString(1);
        }
      }
      long keys;
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT count(*) FROM petition_case WHERE complainant_key IS NOT NULL")) {
        rs.next();
        keys = rs.getLong(1);
      }
      return new BackupFacts(fingerprint, keys);
    } catch (SQLException e) {
      throw new BackupException("无法读取备份 " + backup + "（不是 doudi 的备份，或已损坏）：" + e.getMessage(), e);
    }
  }
}
