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
 * reading stops at the row cap, the byte cap or the deadline, whichever comes first. The sizes are
 * bounded inside DuckDB ({@link BoundedResultSql}), so a cancel is never stuck behind the copying
 * of a huge result.
 */
final class ReadOnlyExecution {

  private static final Logger log = LoggerFactory.getLogger(ReadOnlyExecution.class);

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

  /** Runs {@code sql} read-only and reads at most the caps' worth of its {@code columns}. */
  Rows run(String sql, List<ResultColumn> columns, long timeoutMillis) {
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
      try (ResultSet rs = statement.executeQuery(BoundedResultSql.of(sql, columns, settings))) {
        return read(rs, columns.size(), cancelled);
      } finally {
        timeout.cancel(false);
        rollback(statement);
      }
    } catch (SQLException e) {
      if (cancelled.get()) {
        throw timedOut(e);
      }
      if (String.valueOf(e.getMessage()).contains(BoundedResultSql.VALUE_TOO_LARGE)) {
        throw valueTooLarge(e);
      }
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private Rows read(ResultSet rs, int width, AtomicBoolean cancelled) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    while (rs.next()) {
      if (cancelled.get()) {
        throw timedOut(null);
      }
      if (rows.size() == settings.maxRows()) {
        return new Rows(rows, true, false);
      }
      // DuckDB counted the bytes up to this row and left out every row after the one that passes
      if (rs.getLong(width + 1) > settings.maxBytes()) {
        return new Rows(rows, true, true);
      }
      Object[] row = new Object[width];
      for (int i = 0; i < width; i++) {
        row[i] = rs.getObject(i + 1);
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

  private QueryRefusedException valueTooLarge(Throwable cause) {
    return new QueryRefusedException(
        "结果中有一行的文字超过 "
            + Math.max(1, settings.maxValueBytes() / 1024)
            + " KB（doudi.sql.max-value-bytes），查询已停止：请不要把整列拼成一个值（如 LISTAGG），"
            + "或增加筛选条件、分组后再汇总。",
        false,
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
