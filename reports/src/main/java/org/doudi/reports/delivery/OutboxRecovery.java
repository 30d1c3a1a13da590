package org.doudi.reports.delivery;

import java.util.List;
import org.doudi.warehouse.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * At every start, server or command, reports the mails a dead process left half-way instead of
 * sending them silently: it runs before the server's first delivery round, and since DuckDB lets
 * one process hold the warehouse, whatever is still marked as on its way belongs to a process that
 * is gone.
 */
@Component
class OutboxRecovery implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(OutboxRecovery.class);

  private final Outbox outbox;
  private final AuditLog audit;

  OutboxRecovery(Outbox outbox, AuditLog audit) {
    this.outbox = outbox;
    this.audit = audit;
  }

  @Override
  public void afterPropertiesSet() {
    List<OutboxEntry> interrupted = outbox.markInterrupted();
    for (OutboxEntry entry : interrupted) {
      boolean unknown = entry.sendingSince() != null;
      log.warn(
          "Mail {} to {} was left {} by a process that died: marked failed, not sent",
          entry.id(),
          entry.recipient(),
          unknown
              ? "on its way to the SMTP server (it may have arrived)"
              : "unsent by its command");
      audit.record(
          "system",
          "mail_interrupted",
          String.valueOf(entry.id()),
          entry.recipient() + (unknown ? "：结果未知，可能已送达" : "：命令中断，未发送"),
          AuditLog.Outcome.FAILED);
    }
  }
}
