package org.doudi.warehouse.gateway;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.util.CancelFlag;
import org.doudi.warehouse.DuckDbDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs ad-hoc SQL safely: one read-only query over the analysis views, checked by {@link
 * StatementGuard} and validated and planned by Calcite ({@link QueryPlanner}); DuckDB runs only the
 * SQL Calcite generated, in a read-only transaction, under a timeout that cancels it, a row cap and
 * a byte cap; planning has its own deadline ({@link BoundedPlanning}); each person has a few
 * statements in flight at most; every statement and its outcome is recorded in {@link SqlQueryLog}
 * before the answer. The web console, the {@code sql} command and the JDBC endpoint all come
 * through here.
 */
public class SqlGateway implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SqlGateway.class);

  private final DuckDbDataSource dataSource;
  private final GatewaySettings settings;
  private final SqlQueryLog queryLog;
  private final JdbcTemplate jdbc;
  private final ScheduledExecutorService canceller;
  private final ReadOnlyExecution execution;
  private final BoundedPlanning planning = new BoundedPlanning();
  private final RunningStatements running;
  private volatile State state;
  private volatile boolean warm;

  /** How much longer than the planning timeout the first, cold planning of a JVM may take. */
  private static final int COLD_FACTOR = 10;

  private record State(AnalysisSchema schema, QueryPlanner planner) {}

  /** Creates the gateway over the warehouse; Calcite reads the views on first use. */
  public SqlGateway(DuckDbDataSource dataSource, GatewaySettings settings, SqlQueryLog queryLog) {
    this.dataSource = dataSource;
    this.settings = settings;
    this.queryLog = queryLog;
    this.jdbc = new JdbcTemplate(dataSource);
    this.canceller =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "sql-gateway-timeout");
              thread.setDaemon(true);
              return thread;
            });
    this.execution = new ReadOnlyExecution(dataSource, settings, canceller);
    this.running = new RunningStatements(settings.maxConcurrentPerUser());
  }

  /** Returns the bounds in force. */
  public GatewaySettings settings() {
    return settings;
  }

  /**
   * Runs one query for {@code username} and records it before answering; throws {@link
   * QueryRefusedException} with the Chinese reason when it is refused, fails or is stopped.
   */
  public QueryResult query(String username, Channel channel, String sql) {
    return recorded(
        username,
        channel,
        SqlQueryLog.Purpose.QUERY,
        sql,
        start -> {
          QueryPlanner.PlannedQuery planned = plan(sql);
          log.debug("Gateway runs: {}", planned.duckDbSql());
          long left = settings.timeout().toMillis() - millisSince(start);
          ReadOnlyExecution.Rows rows = execution.run(planned.duckDbSql(), planned.columns(), left);
          return new QueryResult(
              planned.columns(),
              List.copyOf(rows.rows()),
              rows.capped(),
              settings.maxRows(),
              millisSince(start),
              planned.duckDbSql(),
              rows.bytesCapped() ? settings.maxBytes() : 0);
        });
  }

  /**
   * Returns how Calcite plans {@code sql} for {@code username} (its physical plan, where {@code
   * JdbcToEnumerableConverter} over {@code JdbcAggregate} means DuckDB does the aggregation) and
   * the SQL DuckDB would run; the planning is recorded like a query.
   */
  public String explain(String username, Channel channel, String sql) {
    QueryPlanner.PlannedQuery planned =
        recorded(username, channel, SqlQueryLog.Purpose.EXPLAIN, sql, start -> plan(sql));
    return planned.physicalPlan()
        + "\n\n-- "
        + (planned.pushedDown() ? "整条查询下推到 DuckDB 执行" : "由 Calcite 转换为 DuckDB SQL 执行")
        + "：\n"
        + planned.duckDbSql();
  }

  /**
   * Returns the result columns of {@code sql} without running it, for JDBC clients; the planning is
   * recorded like a query.
   */
  public List<ResultColumn> describe(String username, Channel channel, String sql) {
    return recorded(username, channel, SqlQueryLog.Purpose.PREPARE, sql, start -> plan(sql))
        .columns();
  }

  /** Returns how many statements {@code username} has in the gateway now. */
  int running(String username) {
    return running.of(username);
  }

  /** Runs raw SQL in the gateway's read-only transaction; tests show DuckDB refuses writes. */
  void executeReadOnly(String sql) throws java.sql.SQLException {
    execution.executeRaw(sql);
  }

  /** Plans one statement unrecorded, so that Calcite's classes are loaded before anyone waits. */
  public void warmUp(String sql) {
    state().planner().plan(sql, settings.maxRows(), new CancelFlag(new AtomicBoolean()));
    warm = true;
  }

  /** Returns the views analysts may query, their columns and Chinese descriptions. */
  public AnalysisCatalog catalog() {
    return CatalogReader.read(state().schema(), jdbc);
  }

  /** Plans {@code sql} without running or recording it. */
  QueryPlanner.PlannedQuery plan(String sql) {
    QueryPlanner planner = state().planner();
    // The first statement of a JVM loads Calcite's classes (seconds, tens of seconds on a busy
    // machine): the deadline bounds the planner's search, not that one-off cost.
    Duration limit =
        warm ? settings.planningTimeout() : settings.planningTimeout().multipliedBy(COLD_FACTOR);
    QueryPlanner.PlannedQuery planned =
        planning.run(cancel -> planner.plan(sql, settings.maxRows(), cancel), limit);
    warm = true;
    return planned;
  }

  private State state() {
    State current = state;
    if (current == null) {
      synchronized (this) {
        current = state;
        if (current == null) {
          AnalysisSchema schema = AnalysisSchema.over(dataSource);
          current = new State(schema, new QueryPlanner(schema));
          state = current;
        }
      }
    }
    return current;
  }

  /** The gateway's work for one statement, given the time it started. */
  private interface Work<T> {
    T run(long start);
  }

  /**
   * Runs {@code work} within the person's concurrency limit and writes its outcome to the query log
   * before answering: planned or run, refused, timed out, failed, or an {@link Error} of the
   * planner or driver.
   */
  private <T> T recorded(
      String username, Channel channel, SqlQueryLog.Purpose purpose, String sql, Work<T> work) {
    long start = System.nanoTime();
    if (!running.enter(username)) {
      String message =
          "您已有 "
              + settings.maxConcurrentPerUser()
              + " 条查询正在执行（doudi.sql.max-concurrent-per-user），请等它们结束后再试。";
      queryLog.record(
          username, channel, purpose, sql, SqlQueryLog.Outcome.REFUSED, null, false, 0, message);
      throw new QueryRefusedException(message);
    }
    try {
      T result = work.run(start);
      Long rows = result instanceof QueryResult r ? (long) r.rows().size() : null;
      boolean capped = result instanceof QueryResult r && r.capped();
      queryLog.record(
          username,
          channel,
          purpose,
          sql,
          SqlQueryLog.Outcome.OK,
          rows,
          capped,
          millisSince(start),
          capped ? ((QueryResult) result).capNote() : null);
      return result;
    } catch (QueryRefusedException e) {
      queryLog.record(
          username,
          channel,
          purpose,
          sql,
          e.timedOut() ? SqlQueryLog.Outcome.TIMEOUT : SqlQueryLog.Outcome.REFUSED,
          null,
          false,
          millisSince(start),
          e.getMessage());
      throw e;
    } catch (RuntimeException | Error e) {
      String message =
          e instanceof Error ? PlannerMessages.ofFailure(e) : "查询执行失败：" + DuckDbMessages.of(e);
      log.warn("Gateway statement failed: {}", e.toString());
      queryLog.record(
          username,
          channel,
          purpose,
          sql,
          SqlQueryLog.Outcome.FAILED,
          null,
          false,
          millisSince(start),
          message);
      throw new QueryRefusedException(message, false, e);
    } finally {
      running.leave(username);
    }
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  @Override
  public void close() {
    planning.close();
    canceller.shutdownNow();
  }
}
