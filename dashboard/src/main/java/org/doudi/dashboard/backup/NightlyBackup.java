package org.doudi.dashboard.backup;

import java.nio.file.Path;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.backup.WarehouseBackup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Backs the running server's instance up every night ({@code doudi.backup.cron}, Asia/Shanghai)
 * into {@code doudi.backup.dir}, keeping the newest {@code doudi.backup.keep}.
 */
@Component
@ConditionalOnProperty(name = "doudi.mode", havingValue = "server")
class NightlyBackup {

  private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);

  private final WarehouseBackup backup;
  private final AuditLog audit;
  private final int keep;

  NightlyBackup(WarehouseBackup backup, AuditLog audit, @Value("${doudi.backup.keep:7}") int keep) {
    this.backup = backup;
    this.audit = audit;
    this.keep = keep;
  }

  /** Writes tonight's backup; a failure is logged and audited, and the server keeps running. */
  @Scheduled(cron = "${doudi.backup.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
  void run() {
    try {
      Path written = backup.writeRotating(keep);
      audit.record("system", "backup", written.toString(), "nightly", AuditLog.Outcome.OK);
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
