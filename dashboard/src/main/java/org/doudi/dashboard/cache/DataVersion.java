package org.doudi.dashboard.cache;

import java.util.concurrent.atomic.AtomicLong;
import org.doudi.warehouse.load.LoadCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts the loads that changed data, so that an answer computed before one is not served after.
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

  @EventListener
  void loaded(LoadCompleted event) {
    next();
  }
}
