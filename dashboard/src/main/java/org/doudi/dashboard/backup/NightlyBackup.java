package org.doudi.dashboard.backup;

import java.nio.file.Path;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.backup.BackupSecret;
import org.doudi.warehouse.backup.WarehouseBackup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Backs the running server's instance up every night ({@code doudi.backup.cron}, Asia/Shanghai)
 * into {@code doudi.backup.dir}, keeping the newest {@code doudi.backup.keep}, each with the hash
 * secret sealed under {@code doudi.backup.passphrase} beside it (without a passphrase the backup is
 * written alone and the log says so).
 */
@Component
@ConditionalOnProperty(name = "doudi.mode", havingValue = "server")
class NightlyBackup {

  private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);

  private final WarehouseBackup backup;
  private final BackupSecret secret;
  private final AuditLog audit;
  private final int keep;
  private final String passphrase;

  NightlyBackup(
      WarehouseBackup backup,
      BackupSecret secret,
      AuditLog audit,
      @Value("${doudi.backup.keep:7}") int keep,
      @Value("${doudi.backup.passphrase:}") String passphrase) {
    this.backup = backup;
    this.secret = secret;
    this.audit = audit;
    this.keep = keep;
    this.passphrase = passphrase;
  }

  /** Writes tonight's backup; a failure is logged and audited, and the server keeps running. */
  @Scheduled(cron = "${doudi.backup.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
  void run() {
    try {
      Path written = backup.writeRotating(keep);
      String detail = "nightly";
      if (passphrase.isBlank()) {
        log.warn(
            "Nightly backup {} written without the hash secret: set doudi.backup.passphrase",
            written);
        detail = "nightly，未随备份保存密钥（未配置 doudi.backup.passphrase）";
      } else {
        secret.writeBeside(written, passphrase);
      }
      audit.record("system", "backup", written.toString(), detail, AuditLog.Outcome.OK);
    } catch (RuntimeException e) {
      log.error("Nightly backup failed: {}", e.getMessage(), e);
      audit.record(
          "system",
          "backup",
          backup.backupFolder().toString(),
          e.getMessage(),
          AuditLog.Outcome.FAILED);
    }
  }
}
