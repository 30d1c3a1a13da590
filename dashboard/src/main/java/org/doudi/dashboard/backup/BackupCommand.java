package org.doudi.dashboard.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import org.doudi.dashboard.cli.CliArguments;
import org.doudi.dashboard.cli.CliCommand;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.dashboard.cli.UsageException;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.backup.BackupException;
import org.doudi.warehouse.backup.WarehouseBackup;
import org.springframework.stereotype.Component;

/**
 * {@code backup --out DIR}: writes a consistent copy of the instance into DIR, as a timestamped
 * DuckDB file the server can start from with {@code --doudi.warehouse.path=}.
 */
@Component
class BackupCommand implements CliCommand {

  private final WarehouseBackup backup;
  private final AuditLog audit;

  BackupCommand(WarehouseBackup backup, AuditLog audit) {
    this.backup = backup;
    this.audit = audit;
  }

  @Override
  public String name() {
    return "backup";
  }

  @Override
  public int run(CliArguments arguments, CliOutput output) {
    Path out =
        Path.of(arguments.option("out").orElseThrow(() -> new UsageException("缺少 --out DIR")));
    String actor = CliArguments.actor();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      output.err().println("REJECTED " + out + "：不是目录");
      return REJECTED;
    }
    long started = System.nanoTime();
    Path written;
    try {
      written = backup.writeTo(out, backup.timestampedName());
    } catch (BackupException e) {
      audit.record(actor, "backup", out.toString(), e.getMessage(), AuditLog.Outcome.FAILED);
      output.err().println("REJECTED " + out + "：" + e.getMessage());
      return REJECTED;
    }
    audit.record(actor, "backup", written.toString(), null, AuditLog.Outcome.OK);
    output
        .err()
        .printf(
            "OK 备份已写入 %s（%.1f MB，用时 %.1f 秒）。从备份启动：java -jar doudi.jar --doudi.warehouse.path=%s%n",
            written,
            written.toFile().length() / 1_048_576.0,
            (System.nanoTime() - started) / 1e9,
            written);
    return OK;
  }
}
