package org.doudi.dashboard.upload;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a running load the machine's cores before readers: while a load runs, page and chart
 * requests are answered {@code readers} at a time, in the order they came, so that twenty browsing
 * leaders do not take twenty shares of the CPU from the load's two (the operating system shares the
 * cores out per running thread). A waiting request costs no CPU. Uploads and every other change,
 * the progress poll, the login page and static files are never held back, and no reader waits
 * longer than {@code longestWait}: past it, it is answered anyway.
 */
class ReadersWhileLoading extends OncePerRequestFilter {

  private static final Pattern NEVER_HELD =
      Pattern.compile(
          "/(login|error|favicon\\.ico|css/.*|js/.*|fonts/.*|img/.*|webjars/.*"
              + "|actuator/health.*|petitions/upload/.*)");

  private final BooleanSupplier loading;
  private final Semaphore readers;
  private final Duration longestWait;

  ReadersWhileLoading(BooleanSupplier loading, int readers, Duration longestWait) {
    if (readers < 1) {
      throw new IllegalArgumentException("doudi.loads.readers-while-loading 须为正整数，当前为 " + readers);
    }
    this.loading = loading;
    this.readers = new Semaphore(readers, true);
    this.longestWait = longestWait;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"GET".equals(request.getMethod()) || NEVER_HELD.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!loading.getAsBoolean()) {
      chain.doFilter(request, response);
      return;
    }
    boolean held;
    try {
      held = readers.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      held = false;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      if (held) {
        readers.release();
      }
    }
  }
}
