package org.doudi.warehouse.gateway;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.doudi.warehouse.DuckDbDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the SQL Calcite generated inside a DuckDB {@code READ ONLY} transaction, so that DuckDB
 * itself refuses any write even if a statement got past Calcite; a timer cancels it in DuckDB, and
 * reading stops at the row cap, the byte cap or the deadline, whichever comes first.
 */
final class ReadOnlyExecution {

  private static final Logger log = LoggerFactory.getLogger(ReadOnlyExecution.class);

  /** What a non-text value is counted as towards the byte cap. */
  private static final int VALUE_BYTES = 16;

  private final DuckDbDataSource dataSource;
  private final GatewaySettings settings;
  private final ScheduledExecutorService canceller;

  ReadOnlyExecution(
      DuckDbDataSource dataSource, GatewaySettings settings, ScheduledExecutorService canceller) {
    this.dataSource = dataSource;
    this.settings = settings;
    this.canceller = canceller;
  }

  /** The rows read and why reading stopped early, if it did. */
  record Rows(List<Object[]> rows, boolean capped, boolean bytesCapped) {}

  /** Runs {@code sql} read-only and reads at most the caps' worth of rows of {@code width}. */
  Rows run(String sql, int width, long timeoutMillis) {
    AtomicBoolean cancelled = new AtomicBoolean();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("BEGIN TRANSACTION READ ONLY");
      ScheduledFuture<?> timeout =
          canceller.schedule(
              () -> {
                cancelled.set(true);
                try {
                  statement.cancel();
                } catch (SQLException e) {
                  log.warn("Cancelling a gateway query failed: {}", e.getMessage());
                }
              },
              Math.max(1, timeoutMillis),
              TimeUnit.MILLISECONDS);
      try (ResultSet rs = statement.executeQuery(sql)) {
        return read(rs, width, cancelled);
      } finally {
        timeout.cancel(false);
        rollback(statement);
      }
    } catch (SQLException e) {
      if (cancelled.get()) {
        throw timedOut(e);
      }
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private Rows read(ResultSet rs, int width, AtomicBoolean cancelled) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    long bytes = 0;
    while (rs.next()) {
      if (cancelled.get()) {
        throw timedOut(null);
      }
      if (rows.size() == settings.maxRows()) {
        return new Rows(rows, true, false);
      }
      Object[] row = new Object[width];
      for (int i = 0; i < width; i++) {
        row[i] = rs.getObject(i + 1);
        bytes += row[i] instanceof CharSequence text ? text.length() : VALUE_BYTES;
      }
      if (bytes > settings.maxBytes()) {
        return new Rows(rows, true, true);
      }
      rows.add(row);
    }
    return new Rows(rows, false, false);
  }

  /** Ends the read-only transaction; a cancelled statement may have ended it already. */
  private static void rollback(Statement statement) {
    try {
      statement.execute("ROLLBACK");
    } catch (SQLException e) {
      log.debug("Ending a gateway transaction: {}", e.getMessage());
    }
  }

  private QueryRefusedException timedOut(Throwable cause) {
    return new QueryRefusedException(
        "查询超过 "
            + settings.timeout().toSeconds()
            + " 秒的时限，已在 DuckDB 中中止（doudi.sql.timeout）。请缩小范围或增加筛选条件。",
        true,
        cause);
  }

  /** Runs {@code sql} in the gateway's read-only transaction; for tests of the second barrier. */
  void executeRaw(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("BEGIN TRANSACTION READ ONLY");
      try {
        statement.execute(sql);
      } finally {
        rollback(statement);
      }
    }
  }
}
