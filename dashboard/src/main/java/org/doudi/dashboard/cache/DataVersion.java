package org.doudi.dashboard.cache;

import java.util.concurrent.atomic.AtomicLong;
import org.doudi.warehouse.findings.FindingsChanged;
import org.doudi.warehouse.load.LoadCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts the committed changes of data — loads, recomputations of the findings and the work team's
 * actions on them — so that an answer computed before one is not served after.
 */
@Component
public class DataVersion {

  private final AtomicLong version = new AtomicLong();

  /** Returns the current version. */
  public long current() {
    return version.get();
  }

  /** Moves to a new version: every answer cached so far is stale. */
  public long next() {
    return version.incrementAndGet();
  }

  /** A load moves the version once its rows are committed (at once when it ran without one). */
  @TransactionalEventListener(fallbackExecution = true)
  void loaded(LoadCompleted event) {
    next();
  }

  /** The findings move after a load too, later, and after each action of the work team. */
  @EventListener
  void findingsChanged(FindingsChanged event) {
    next();
  }
}
