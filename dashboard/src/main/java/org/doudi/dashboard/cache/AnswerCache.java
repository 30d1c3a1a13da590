package org.doudi.dashboard.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the answers of charts and pages per data version: twenty leaders opening the same chart
 * cost one computation — asked at the same moment they wait for the one under way instead of
 * starting their own — and a load ({@link DataVersion}) makes every answer stale. An answer also
 * ages out after {@code doudi.cache.max-age}, for changes that are not loads (a finding's status).
 * Computations take turns ({@code doudi.cache.concurrent-computations}, default 1): DuckDB already
 * spreads one query over its threads, and readers queued behind each other leave a running load its
 * share of the machine instead of twenty parallel scans crowding it out.
 */
@Component
public class AnswerCache {

  private static final int MAX_ENTRIES = 2_000;

  private final DataVersion version;
  private final Clock clock;
  private final boolean enabled;
  private final long maxAgeMillis;
  private final Semaphore turns;
  private final Map<List<Object>, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong computations = new AtomicLong();

  AnswerCache(
      DataVersion version,
      Clock clock,
      @Value("${doudi.cache.enabled:true}") boolean enabled,
      @Value("${doudi.cache.max-age:PT1M}") Duration maxAge,
      @Value("${doudi.cache.concurrent-computations:1}") int concurrent) {
    this.version = version;
    this.clock = clock;
    this.enabled = enabled;
    this.maxAgeMillis = maxAge.toMillis();
    this.turns = new Semaphore(Math.max(1, concurrent), true);
  }

  private record Entry(long version, long at, CompletableFuture<Object> answer) {}

  /**
   * Returns the answer to {@code what} asked with {@code parts} (the period, the street the asker
   * may see…), computing it only when no fresh one is kept or under way.
   */
  @SuppressWarnings("unchecked")
  public <T> T answer(String what, Supplier<T> compute, Object... parts) {
    if (!enabled) {
      return compute.get();
    }
    List<Object> key = new ArrayList<>(parts.length + 1);
    key.add(what);
    key.addAll(Arrays.asList(parts));
    long now = clock.millis();
    long current = version.current();
    CompletableFuture<Object> mine = new CompletableFuture<>();
    Entry fresh = new Entry(current, now, mine);
    Entry kept =
        entries.compute(
            key,
            (k, old) ->
                old != null
                        && old.version() == current
                        && now - old.at() < maxAgeMillis
                        && !old.answer().isCompletedExceptionally()
                    ? old
                    : fresh);
    if (kept == fresh) {
      if (entries.size() > MAX_ENTRIES) {
        evict(current, now);
      }
      compute(key, fresh, compute);
    }
    try {
      return (T) kept.answer().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  /**
   * Drops the stale answers and, when filters and pages asked within one version still exceed the
   * bound, the oldest quarter of the rest, so that the cache stays bounded whatever is asked.
   */
  private void evict(long current, long now) {
    entries.entrySet().removeIf(e -> e.getValue().version() != current);
    entries.entrySet().removeIf(e -> now - e.getValue().at() >= maxAgeMillis);
    if (entries.size() > MAX_ENTRIES) {
      entries.entrySet().stream()
          .sorted(java.util.Comparator.comparingLong(e -> e.getValue().at()))
          .limit(entries.size() / 4)
          .map(Map.Entry::getKey)
          .toList()
          .forEach(entries::remove);
    }
  }

  /** Returns how many answers are kept now (for tests). */
  int size() {
    return entries.size();
  }

  /** Returns how many answers were computed since the start (for tests and the bench). */
  public long computations() {
    return computations.get();
  }

  private void compute(List<Object> key, Entry entry, Supplier<?> compute) {
    try {
      turns.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      entries.remove(key, entry);
      entry.answer().completeExceptionally(new IllegalStateException("请求被中断", e));
      return;
    }
    try {
      computations.incrementAndGet();
      entry.answer().complete(compute.get());
    } catch (RuntimeException | Error e) {
      entries.remove(key, entry);
      entry.answer().completeExceptionally(e);
    } finally {
      turns.release();
    }
  }
}
