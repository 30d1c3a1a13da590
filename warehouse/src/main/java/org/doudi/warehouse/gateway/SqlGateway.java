package org.doudi.warehouse.gateway;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.schema.Table;
import org.doudi.warehouse.DuckDbDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs ad-hoc SQL safely: one read-only query over the analysis views, checked by {@link
 * StatementGuard} and validated and planned by Calcite ({@link QueryPlanner}); DuckDB runs only the
 * SQL Calcite generated, under a timeout that cancels it and a row cap; every query is recorded in
 * {@link SqlQueryLog}. The web console, the {@code sql} command and the JDBC endpoint all come
 * through here.
 */
public class SqlGateway implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SqlGateway.class);

  private final DuckDbDataSource dataSource;
  private final GatewaySettings settings;
  private final SqlQueryLog queryLog;
  private final JdbcTemplate jdbc;
  private final ScheduledExecutorService canceller;
  private volatile State state;

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
  }

  /** Returns the bounds in force. */
  public GatewaySettings settings() {
    return settings;
  }

  /**
   * Runs one query for {@code username} and records it; throws {@link QueryRefusedException} with
   * the Chinese reason when it is refused or stopped by the timeout.
   */
  public QueryResult query(String username, Channel channel, String sql) {
    long start = System.nanoTime();
    try {
      QueryResult result = run(sql, start);
      queryLog.record(
          username,
          channel,
          sql,
          SqlQueryLog.Outcome.OK,
          (long) result.rows().size(),
          result.capped(),
          result.elapsedMillis(),
          result.capped() ? result.capNote() : null);
      return result;
    } catch (QueryRefusedException e) {
      queryLog.record(
          username,
          channel,
          sql,
          e.timedOut() ? SqlQueryLog.Outcome.TIMEOUT : SqlQueryLog.Outcome.REFUSED,
          null,
          false,
          millisSince(start),
          e.getMessage());
      throw e;
    } catch (RuntimeException e) {
      String message = "查询执行失败：" + QueryPlanner.rootMessage(e);
      queryLog.record(
          username,
          channel,
          sql,
          SqlQueryLog.Outcome.FAILED,
          null,
          false,
          millisSince(start),
          message);
      throw new QueryRefusedException(message, false, e);
    }
  }

  /**
   * Returns how Calcite plans {@code sql} (its physical plan, where {@code
   * JdbcToEnumerableConverter} over {@code JdbcAggregate} means DuckDB does the aggregation) and
   * the SQL DuckDB would run.
   */
  public String explain(String sql) {
    QueryPlanner.PlannedQuery planned = plan(sql);
    return planned.physicalPlan()
        + "\n\n-- "
        + (planned.pushedDown() ? "整条查询下推到 DuckDB 执行" : "由 Calcite 转换为 DuckDB SQL 执行")
        + "：\n"
        + planned.duckDbSql();
  }

  /** Returns the result columns of {@code sql} without running it, for JDBC clients. */
  public List<ResultColumn> describe(String sql) {
    return plan(sql).columns();
  }

  /** Returns the views analysts may query, their columns and Chinese descriptions. */
  public AnalysisCatalog catalog() {
    AnalysisSchema schema = state().schema();
    Map<String, String> viewDescriptions = new HashMap<>();
    jdbc.query(
        "SELECT view_name, description FROM analysis_view",
        rs -> {
          viewDescriptions.put(rs.getString(1), rs.getString(2));
        });
    Map<String, String> columnDescriptions = new HashMap<>();
    jdbc.query(
        "SELECT view_name || '.' || column_name, description FROM analysis_column",
        rs -> {
          columnDescriptions.put(rs.getString(1), rs.getString(2));
        });
    Map<String, String> metricLabels = new HashMap<>();
    jdbc.query(
        "SELECT key, item_label || coalesce(unit_label, '') || '（' || group_label || '）' FROM metric",
        rs -> {
          metricLabels.put(rs.getString(1), rs.getString(2));
        });
    RelDataTypeFactory types = new JavaTypeFactoryImpl();
    List<AnalysisCatalog.View> views = new ArrayList<>();
    for (String name : schema.names()) {
      Table table = schema.getTable(name);
      List<AnalysisCatalog.Column> columns = new ArrayList<>();
      for (RelDataTypeField field : table.getRowType(types).getFieldList()) {
        String description =
            columnDescriptions.getOrDefault(
                name + "." + field.getName(), metricLabels.getOrDefault(field.getName(), ""));
        columns.add(
            new AnalysisCatalog.Column(
                field.getName(),
                typeLabel(field.getType()),
                field.getType().getSqlTypeName().getJdbcOrdinal(),
                field.getType().isNullable(),
                description));
      }
      views.add(
          new AnalysisCatalog.View(
              name, viewDescriptions.getOrDefault(name, ""), List.copyOf(columns)));
    }
    return new AnalysisCatalog(List.copyOf(views));
  }

  /** Plans {@code sql} without running or recording it. */
  QueryPlanner.PlannedQuery plan(String sql) {
    return state().planner().plan(sql, settings.maxRows());
  }

  /** Returns a column's type as analysts read it: {@code VARCHAR}, {@code DECIMAL(14, 2)}. */
  private static String typeLabel(org.apache.calcite.rel.type.RelDataType type) {
    String name = type.getSqlTypeName().getName();
    if (type.getSqlTypeName() == org.apache.calcite.sql.type.SqlTypeName.DECIMAL) {
      return name + "(" + type.getPrecision() + ", " + type.getScale() + ")";
    }
    if (type.getSqlTypeName() == org.apache.calcite.sql.type.SqlTypeName.ANY) {
      return "TIMESTAMPTZ";
    }
    return name;
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

  private QueryResult run(String sql, long start) {
    QueryPlanner.PlannedQuery planned = plan(sql);
    log.debug("Gateway runs: {}", planned.duckDbSql());
    AtomicBoolean cancelled = new AtomicBoolean();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
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
              settings.timeout().toMillis(),
              TimeUnit.MILLISECONDS);
      try (ResultSet rs = statement.executeQuery(planned.duckDbSql())) {
        int width = planned.columns().size();
        List<Object[]> rows = new ArrayList<>();
        boolean capped = false;
        while (rs.next()) {
          if (rows.size() == settings.maxRows()) {
            capped = true;
            break;
          }
          Object[] row = new Object[width];
          for (int i = 0; i < width; i++) {
            row[i] = rs.getObject(i + 1);
          }
          rows.add(row);
        }
        return new QueryResult(
            planned.columns(),
            List.copyOf(rows),
            capped,
            settings.maxRows(),
            millisSince(start),
            planned.duckDbSql());
      } finally {
        timeout.cancel(false);
      }
    } catch (SQLException e) {
      if (cancelled.get()) {
        throw new QueryRefusedException(
            "查询超过 "
                + settings.timeout().toSeconds()
                + " 秒的时限，已在 DuckDB 中中止（doudi.sql.timeout）。请缩小范围或增加筛选条件。",
            true,
            e);
      }
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  @Override
  public void close() {
    canceller.shutdownNow();
  }
}
