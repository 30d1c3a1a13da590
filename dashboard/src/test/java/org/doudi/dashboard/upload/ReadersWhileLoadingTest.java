package org.doudi.dashboard.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ReadersWhileLoadingTest {

  private final AtomicBoolean loading = new AtomicBoolean();
  private final AtomicInteger inside = new AtomicInteger();
  private final AtomicInteger most = new AtomicInteger();
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** Sends {@code n} requests at once, each staying 100 ms in the application, and waits. */
  private void send(ReadersWhileLoading filter, int n, String method, String path)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> answers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                MockHttpServletRequest request = new MockHttpServletRequest(method, path);
                filter.doFilter(
                    request,
                    new MockHttpServletResponse(),
                    (req, res) -> {
                      most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                      try {
                        Thread.sleep(100);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      inside.decrementAndGet();
                    });
                return null;
              }));
    }
    start.countDown();
    for (Future<?> answer : answers) {
      answer.get(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void whileALoadRunsReadersAreAnsweredOneAtATime() throws Exception {
    // given
    ReadersWhileLoading filter = new ReadersWhileLoading(loading::get, 1, Duration.ofSeconds(30));
    loading.set(true);
    // when
    send(filter, 6, "GET", "/api/charts/removals");
    // then
    assertThat(most.get()).isEqualTo(1);
  }

  @Test
  void withoutALoadReadersAreNotHeldBack() throws Exception {
    // given
    ReadersWhileLoading filter = new ReadersWhileLoading(loading::get, 1, Duration.ofSeconds(30));
    // when
    send(filter, 6, "GET", "/api/charts/removals");
    // then
    assertThat(most.get()).isGreaterThan(1);
  }

  @Test
  void uploadsAndTheProgressPollAreNeverHeldBack() throws Exception {
    // given
    ReadersWhileLoading filter = new ReadersWhileLoading(loading::get, 1, Duration.ofSeconds(30));
    loading.set(true);
    // when
    send(filter, 4, "GET", "/petitions/upload/0f3c");
    int polls = most.getAndSet(0);
    send(filter, 4, "POST", "/forms/upload");
    // then
    assertThat(polls).isGreaterThan(1);
    assertThat(most.get()).isGreaterThan(1);
  }

  @Test
  void noReaderWaitsLongerThanTheLongestWait() throws Exception {
    // given: readers may wait 50 ms, each stays 100 ms
    ReadersWhileLoading filter = new ReadersWhileLoading(loading::get, 1, Duration.ofMillis(50));
    loading.set(true);
    // when
    send(filter, 6, "GET", "/");
    // then: those that waited their 50 ms went in beside the one holding the turn
    assertThat(most.get()).isGreaterThan(1);
  }

  @Test
  void aBudgetOfNoReaderIsRefusedAtStart() {
    assertThatThrownBy(() -> new ReadersWhileLoading(loading::get, 0, Duration.ofSeconds(1)))
        .hasMessageContaining("doudi.loads.readers-while-loading");
  }
}
