package org.doudi.warehouse.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Writes the instance's hash secret beside a backup, sealed under the operator's passphrase, so
 * that the backup alone restores the complainant links while a stolen backup without the passphrase
 * cannot be used to reverse them (see docs/foundation.md, 恢复).
 */
@Component
public class BackupSecret {

  private final HashSecretSource secrets;

  BackupSecret(HashSecretSource secrets) {
    this.secrets = secrets;
  }

  /**
   * Writes {@code <backup>.secret} (owner-only); returns it, or empty when the instance has no
   * secret yet (nothing hashed: a restore makes a new one).
   */
  public Optional<Path> writeBeside(Path backupFile, String passphrase) {
    if (passphrase == null || passphrase.strip().length() < SealedSecret.MIN_PASSPHRASE) {
      throw new BackupException("备份口令至少 " + SealedSecret.MIN_PASSPHRASE + " 个字符");
    }
    Optional<String> secret = secrets.secret();
    if (secret.isEmpty()) {
      return Optional.empty();
    }
    Path target = Path.of(backupFile + SealedSecret.SUFFIX);
    try {
      Path temp = Files.createTempFile(target.getParent(), ".secret", ".partial");
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the folder's own permissions apply
      }
      Files.writeString(
          temp, SealedSecret.seal(secret.get(), passphrase.strip()), StandardCharsets.US_ASCII);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new BackupException("无法把密钥写到 " + target + "：" + e.getMessage(), e);
    }
    return Optional.of(target);
  }
}
