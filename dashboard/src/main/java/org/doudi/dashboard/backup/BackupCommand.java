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
import org.doudi.dashboard.cli.UsageException;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.backup.BackupException;
import org.doudi.warehouse.backup.BackupSecret;
import org.doudi.warehouse.backup.WarehouseBackup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code backup --out DIR}: writes a consistent copy of the instance into DIR, as a timestamped
 * DuckDB file the server can start from with {@code --doudi.warehouse.path=}, and beside it the
 * instance's hash secret sealed under the backup passphrase ({@code doudi.backup.passphrase}, else
 * the first line of stdin), which {@code restore} needs to keep the complainant links.
 */
@Component
class BackupCommand implements CliCommand {

  private final WarehouseBackup backup;
  private final BackupSecret secret;
  private final AuditLog audit;
  private final String passphrase;

  BackupCommand(
      WarehouseBackup backup,
      BackupSecret secret,
      AuditLog audit,
      @Value("${doudi.backup.passphrase:}") String passphrase) {
    this.backup = backup;
    this.secret = secret;
    this.audit = audit;
    this.passphrase = passphrase;
  }

  @Override
  public String name() {
    return "backup";
  }

  @Override
  public int run(CliArguments arguments, CliOutput output) throws IOException {
    Path out =
        Path.of(arguments.option("out").orElseThrow(() -> new UsageException("缺少 --out DIR")));
    String actor = CliArguments.actor();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      output.err().println("REJECTED " + out + "：不是目录");
      return REJECTED;
    }
    String key = passphrase.isBlank() ? readPassphrase(output) : passphrase;
    long started = System.nanoTime();
    Path written;
    try {
      written = backup.writeTo(out, backup.timestampedName());
    } catch (BackupException e) {
      audit.record(actor, "backup", out.toString(), e.getMessage(), AuditLog.Outcome.FAILED);
      output.err().println("REJECTED " + out + "：" + e.getMessage());
      return REJECTED;
    }
    Optional<Path> sealed = Optional.empty();
    String secretNote;
    if (key == null || key.isBlank()) {
      secretNote = "WARNING 未随备份保存哈希密钥（没有备份口令）：恢复时须另行提供原实例的 keys/hash-secret，否则有信访案件的备份无法恢复";
    } else {
      try {
        sealed = secret.writeBeside(written, key);
        secretNote =
            sealed
                .map(p -> "OK 哈希密钥已用备份口令加密写入 " + p + "（与备份放在一起；口令请另行保管）")
                .orElse("OK 本实例还没有哈希密钥，无需随备份保存");
      } catch (BackupException e) {
        secretNote = "WARNING 未随备份保存哈希密钥：" + e.getMessage();
      }
    }
    audit.record(
        actor,
        "backup",
        written.toString(),
        sealed.isPresent() ? "密钥已加密随备份保存" : "未随备份保存密钥",
        AuditLog.Outcome.OK);
    output
        .err()
        .printf(
            "OK 备份已写入 %s（%.1f MB，用时 %.1f 秒）。从备份启动：java -jar doudi.jar --doudi.warehouse.path=%s%n",
            written,
            written.toFile().length() / 1_048_576.0,
            (System.nanoTime() - started) / 1e9,
            written);
    output.err().println(secretNote);
    output
        .err()
        .printf(
            "恢复到另一个目录（连同密钥）：java -jar doudi.jar restore %s --db 新仓库文件（见 docs/foundation.md“恢复”）%n",
            written);
    return OK;
  }

  /** Reads the backup passphrase from the first line of stdin; null when there is none. */
  private static String readPassphrase(CliOutput output) throws IOException {
    if (System.console() != null) {
      output.err().print("备份口令（用于加密随备份保存的哈希密钥，至少 10 个字符；直接回车则不保存密钥）：");
      output.err().flush();
    }
    String line =
        new BufferedReader(new InputStreamReader(output.in(), StandardCharsets.UTF_8)).readLine();
    return line == null ? null : line.strip();
  }
}
