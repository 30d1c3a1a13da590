package org.doudi.dashboard.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.load.LoadCompleted;
import org.doudi.warehouse.load.LoadKind;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

  final DataVersion version = new DataVersion();
  final Clock clock =
      Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
  final AnswerCache cache = new AnswerCache(version, clock, true, Duration.ofMinutes(1), 1);

  @Test
  void twentyReadersAskingTheSameChartAtOnceCostOneComputation() throws Exception {
    // given a slow computation and twenty readers released together
    AtomicInteger computed = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService readers = Executors.newFixedThreadPool(20);
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      answers.add(
          readers.submit(
              () -> {
                start.await();
                return cache.answer(
                    "/api/charts/handling",
                    () -> {
                      computed.incrementAndGet();
                      sleep(300);
                      return "{\"series\":[42]}";
                    },
                    "all",
                    null);
              }));
    }

    // when
    start.countDown();
    List<String> received = new ArrayList<>();
    for (Future<String> answer : answers) {
      received.add(answer.get(30, TimeUnit.SECONDS));
    }
    readers.shutdown();

    // then
    assertThat(computed).hasValue(1);
    assertThat(Set.copyOf(received)).containsExactly("{\"series\":[42]}");
    assertThat(cache.computations()).isEqualTo(1);
  }

  @Test
  void aLoadMakesTheKeptAnswerStaleAndOtherStreetsAreKeptApart() {
    // given
    AtomicInteger computed = new AtomicInteger();
    cache.answer("/api/charts/streets", computed::incrementAndGet, "2024-12", null);
    cache.answer("/api/charts/streets", computed::incrementAndGet, "2024-12", null);
    int otherStreet =
        cache.answer("/api/charts/streets", computed::incrementAndGet, "2024-12", "wanli");

    // when a load completes
    version.loaded(new LoadCompleted(LoadKind.PETITIONS, Set.of(Period.require("2024-12"))));
    int afterLoad = cache.answer("/api/charts/streets", computed::incrementAndGet, "2024-12", null);

    // then
    assertThat(otherStreet).isEqualTo(2);
    assertThat(afterLoad).isEqualTo(3);
    assertThat(computed).hasValue(3);
  }

  @Test
  void aFailedComputationIsNotKept() {
    // given
    assertThatThrownBy(
            () ->
                cache.answer(
                    "/api/charts/issues",
                    () -> {
                      throw new IllegalStateException("查询超时");
                    },
                    "all"))
        .hasMessage("查询超时");

    // when
    String retried = cache.answer("/api/charts/issues", () -> "ok", "all");

    // then
    assertThat(retried).isEqualTo("ok");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
