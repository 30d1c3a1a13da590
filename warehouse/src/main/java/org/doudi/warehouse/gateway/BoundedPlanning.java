package org.doudi.warehouse.gateway;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.calcite.util.CancelFlag;

/**
 * Runs Calcite's parsing, validation and planning on a few threads of its own, under a deadline:
 * the caller's thread waits at most the planning timeout and is then freed with a refusal, and the
 * planner is told to stop through Calcite's {@link CancelFlag} (checked before every rule it fires)
 * and by interruption. A full pool refuses at once instead of queueing without end; an {@link
 * Error} of the planner (an assertion, a stack overflow on a huge expression) becomes a refusal.
 */
final class BoundedPlanning implements AutoCloseable {

  /** Planner threads: each takes one statement at a time; deep expressions need a deep stack. */
  private static final int THREADS = 2;

  private static final int QUEUE = 8;
  private static final long STACK_BYTES = 8L * 1024 * 1024;

  private final ThreadPoolExecutor pool;

  BoundedPlanning() {
    AtomicInteger count = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            runnable -> {
              Thread thread =
                  new Thread(
                      null,
                      runnable,
                      "sql-gateway-planner-" + count.incrementAndGet(),
                      STACK_BYTES);
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
  }

  /** Runs {@code task} with a cancel flag, waiting at most {@code limit} for its answer. */
  <T> T run(Function<CancelFlag, T> task, Duration limit) {
    AtomicBoolean cancel = new AtomicBoolean();
    AtomicBoolean started = new AtomicBoolean();
    CancelFlag flag = new CancelFlag(cancel);
    Future<T> future;
    try {
      future =
          pool.submit(
              () -> {
                started.set(true);
                return task.apply(flag);
              });
    } catch (RejectedExecutionException e) {
      throw new QueryRefusedException(
          "自助查询正忙：已有 " + (THREADS + QUEUE) + " 条语句在等待分析，请稍后再试。", false, e);
    }
    try {
      return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      cancel.set(true);
      future.cancel(true);
      if (!started.get()) {
        throw new QueryRefusedException(
            "自助查询正忙：等待 " + limit.toSeconds() + " 秒仍未轮到分析这条语句，请稍后再试。", true, e);
      }
      throw new QueryRefusedException(
          "查询过于复杂：分析和规划超过 "
              + limit.toSeconds()
              + " 秒仍未完成，已停止（doudi.sql.planning-timeout）。请减少连接（JOIN）和子查询（EXISTS、IN）的数量，"
              + "或分几步查询。",
          true,
          e);
    } catch (InterruptedException e) {
      cancel.set(true);
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new QueryRefusedException("查询已中止。", false, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof QueryRefusedException refused) {
        throw refused;
      }
      throw new QueryRefusedException(PlannerMessages.ofFailure(cause), false, cause);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
