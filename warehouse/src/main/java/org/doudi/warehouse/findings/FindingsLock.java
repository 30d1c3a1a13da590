package org.doudi.warehouse.findings;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * Serialises writers of {@code finding_record}: DuckDB answers two transactions updating the same
 * row with a conflict, so recomputations and workflow actions take turns.
 */
@Component
class FindingsLock {

  private final ReentrantLock lock = new ReentrantLock();

  void lock() {
    lock.lock();
  }

  void unlock() {
    lock.unlock();
  }
}
