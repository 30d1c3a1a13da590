package org.doudi.warehouse.gateway;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Counts each person's statements in the gateway, so that one person cannot occupy it alone. */
final class RunningStatements {

  private final int limit;
  private final ConcurrentMap<String, Integer> running = new ConcurrentHashMap<>();

  RunningStatements(int limit) {
    this.limit = limit;
  }

  /** Returns whether {@code username} may start one more statement, counting it if so. */
  boolean enter(String username) {
    boolean[] entered = {false};
    running.compute(
        username,
        (name, count) -> {
          int now = count == null ? 0 : count;
          if (now >= limit) {
            return count;
          }
          entered[0] = true;
          return now + 1;
        });
    return entered[0];
  }

  /** Counts one statement of {@code username} as ended. */
  void leave(String username) {
    running.computeIfPresent(username, (name, count) -> count <= 1 ? null : count - 1);
  }

  /** Returns how many statements {@code username} has in the gateway now. */
  int of(String username) {
    return running.getOrDefault(username, 0);
  }
}
