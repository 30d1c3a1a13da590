package org.doudi.dashboard.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.doudi.dashboard.cli.CliArguments;
import org.doudi.dashboard.cli.CliCommand;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.warehouse.backup.BackupException;
import org.doudi.warehouse.backup.SealedSecret;
import org.doudi.warehouse.backup.WarehouseRestore;

/**
 * {@code restore BACKUP --db FILE [--secret-file FILE]}: brings a backup back as the instance at
 * FILE together with its hash secret — the sealed {@code BACKUP.secret} opened with the backup
 * passphrase ({@code doudi.backup.passphrase}, env {@code DOUDI_BACKUP_PASSPHRASE}, else the first
 * line of stdin), or the original instance's {@code keys/hash-secret} given with {@code
 * --secret-file}. It runs before any instance is opened, since the target does not exist yet.
 */
public final class RestoreCommand implements CliCommand {

  private static final String PASSPHRASE = "--doudi.backup.passphrase=";
  private static final String WAREHOUSE = "--doudi.warehouse.path=";

  @Override
  public String name() {
    return "restore";
  }

  @Override
  public int run(CliArguments arguments, CliOutput output) throws IOException {
    Path backup = Path.of(arguments.positional().get(0));
    Path target = Path.of(spring(arguments, WAREHOUSE).orElse("data/doudi.duckdb"));
    try {
      Optional<String> secret = secret(arguments, backup, output);
      WarehouseRestore.Restored restored = WarehouseRestore.restore(backup, target, secret);
      output.err().println("OK 已把备份 " + backup + " 恢复为 " + restored.warehouse());
      if (restored.secretFile() == null) {
        output.err().println("OK 备份中没有反映人关联键，无需密钥；首次启动时会生成新的密钥");
      } else {
        output
            .err()
            .println(
                "OK 哈希密钥已写入 "
                    + restored.secretFile()
                    + "（指纹 "
                    + restored.fingerprint()
                    + (restored.checked() ? "，与备份记录的一致）" : "；旧版本备份未记录指纹，无法核对）"));
      }
      output.err().println("启动：java -jar doudi.jar --doudi.warehouse.path=" + restored.warehouse());
      return OK;
    } catch (BackupException e) {
      output.err().println("REJECTED " + backup + "：" + e.getMessage());
      return REJECTED;
    }
  }

  private static Optional<String> secret(CliArguments arguments, Path backup, CliOutput output)
      throws IOException {
    Optional<String> secretFile = arguments.option("secret-file");
    if (secretFile.isPresent()) {
      Path file = Path.of(secretFile.get());
      if (!Files.isRegularFile(file)) {
        throw new BackupException("找不到密钥文件 " + file);
      }
      return Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip());
    }
    Path sealed = Path.of(backup + SealedSecret.SUFFIX);
    if (!Files.isRegularFile(sealed)) {
      return Optional.empty();
    }
    String passphrase =
        spring(arguments, PASSPHRASE)
            .or(() -> Optional.ofNullable(System.getenv("DOUDI_BACKUP_PASSPHRASE")))
            .filter(p -> !p.isBlank())
            .orElse(null);
    if (passphrase == null) {
      if (System.console() != null) {
        output.err().print("备份口令：");
        output.err().flush();
      }
      passphrase =
          new BufferedReader(new InputStreamReader(output.in(), StandardCharsets.UTF_8)).readLine();
    }
    if (passphrase == null || passphrase.isBlank()) {
      throw new BackupException(
          "备份旁有加密的哈希密钥 "
              + sealed
              + "，但没有给出备份口令（标准输入、--doudi.backup.passphrase= 或环境变量 DOUDI_BACKUP_PASSPHRASE）");
    }
    return Optional.of(
        SealedSecret.open(Files.readString(sealed, StandardCharsets.US_ASCII), passphrase.strip()));
  }

  private static Optional<String> spring(CliArguments arguments, String prefix) {
    return arguments.springArguments().stream()
        .filter(a -> a.startsWith(prefix))
        .map(a -> a.substring(prefix.length()))
        .reduce((first, last) -> last);
  }
}
