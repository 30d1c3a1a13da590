package org.doudi.warehouse.findings;

import org.doudi.warehouse.load.LoadCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the findings up to date: after every load the periods it changed are recomputed, and once a
 * day everything is, because deadlines pass and complaints become overdue without any load.
 */
@Component
class LoadCompletedListener {

  private static final Logger log = LoggerFactory.getLogger(LoadCompletedListener.class);

  private final FindingsEngine engine;

  LoadCompletedListener(FindingsEngine engine) {
    this.engine = engine;
  }

  /**
   * Recomputes the periods of a load once its data is committed; a failure is logged, not thrown,
   * because the load itself succeeded and the findings can be recomputed on demand.
   */
  @TransactionalEventListener(fallbackExecution = true)
  void onLoadCompleted(LoadCompleted event) {
    try {
      engine.recompute(event.periods());
    } catch (RuntimeException e) {
      log.error("Recomputing findings after a {} load failed", event.kind().key(), e);
    }
  }

  /** Recomputes every period once a day ({@code doudi.findings.recompute-cron}, "-" for never). */
  @Scheduled(cron = "${doudi.findings.recompute-cron:0 10 2 * * *}", zone = "Asia/Shanghai")
  void daily() {
    try {
      engine.recomputeAll();
    } catch (RuntimeException e) {
      log.error("Daily recomputation of findings failed", e);
    }
  }
}
