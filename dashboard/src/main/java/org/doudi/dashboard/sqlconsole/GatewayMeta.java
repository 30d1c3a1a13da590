package org.doudi.dashboard.sqlconsole;

import java.math.BigDecimal;
import java.sql.DatabaseMetaData;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.AvaticaParameter;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.QueryState;
import org.apache.calcite.avatica.remote.TypedValue;
import org.doudi.warehouse.gateway.AnalysisCatalog;
import org.doudi.warehouse.gateway.Channel;
import org.doudi.warehouse.gateway.QueryResult;
import org.doudi.warehouse.gateway.ResultColumn;
import org.doudi.warehouse.gateway.SqlGateway;

/**
 * Avatica's server-side {@code Meta} for desktop SQL tools: every statement goes through {@link
 * SqlGateway} under the account that authenticated the HTTP request, so JDBC clients get the same
 * checks, limits and audit as the console; metadata lists only the analysis views.
 */
final class GatewayMeta extends MetaImpl {

  /** The schema name JDBC clients see the analysis views in (also accepted in queries). */
  static final String SCHEMA = "doudi";

  private static final ThreadLocal<String> REMOTE_USER = new ThreadLocal<>();

  private final SqlGateway gateway;
  private final Map<String, String> connectionOwners = new ConcurrentHashMap<>();
  private final Map<String, String> preparedSql = new ConcurrentHashMap<>();
  private final AtomicInteger statementIds = new AtomicInteger();

  GatewayMeta(SqlGateway gateway) {
    super(null);
    this.gateway = gateway;
  }

  /** Runs {@code work} as the authenticated {@code username}; the Avatica server calls this. */
  static <T> T as(String username, java.util.concurrent.Callable<T> work) throws Exception {
    REMOTE_USER.set(username);
    try {
      return work.call();
    } finally {
      REMOTE_USER.remove();
    }
  }

  private String user(ConnectionHandle ch) {
    String user = REMOTE_USER.get();
    if (user == null) {
      throw new IllegalStateException("未通过身份验证");
    }
    String owner = connectionOwners.putIfAbsent(ch.id, user);
    if (owner != null && !owner.equals(user)) {
      throw new IllegalStateException("该连接属于另一个账户");
    }
    return user;
  }

  @Override
  public void openConnection(ConnectionHandle ch, Map<String, String> info) {
    user(ch);
  }

  @Override
  public void closeConnection(ConnectionHandle ch) {
    if (REMOTE_USER.get() != null && REMOTE_USER.get().equals(connectionOwners.get(ch.id))) {
      connectionOwners.remove(ch.id);
      preparedSql.keySet().removeIf(key -> key.startsWith(ch.id + "/"));
    }
  }

  @Override
  public Map<DatabaseProperty, Object> getDatabaseProperties(ConnectionHandle ch) {
    return Map.of();
  }

  @Override
  public StatementHandle createStatement(ConnectionHandle ch) {
    user(ch);
    return new StatementHandle(ch.id, statementIds.incrementAndGet(), null);
  }

  @Override
  public StatementHandle prepare(ConnectionHandle ch, String sql, long maxRowCount) {
    String user = user(ch);
    List<ColumnMetaData> columns = columns(gateway.describe(user, Channel.JDBC, sql));
    StatementHandle handle = new StatementHandle(ch.id, statementIds.incrementAndGet(), null);
    handle.signature = signature(columns, sql);
    preparedSql.put(key(handle), sql);
    return handle;
  }

  @Override
  public ExecuteResult prepareAndExecute(
      StatementHandle h, String sql, long maxRowCount, PrepareCallback callback) {
    return run(h, sql);
  }

  @Override
  public ExecuteResult prepareAndExecute(
      StatementHandle h,
      String sql,
      long maxRowCount,
      int maxRowsInFirstFrame,
      PrepareCallback callback) {
    return run(h, sql);
  }

  @Override
  public ExecuteResult execute(
      StatementHandle h, List<TypedValue> parameterValues, long maxRowCount)
      throws NoSuchStatementException {
    return execute(h, parameterValues, (int) Math.min(Integer.MAX_VALUE, maxRowCount));
  }

  @Override
  public ExecuteResult execute(
      StatementHandle h, List<TypedValue> parameterValues, int maxRowsInFirstFrame)
      throws NoSuchStatementException {
    String sql = preparedSql.get(key(h));
    if (sql == null) {
      throw new NoSuchStatementException(h);
    }
    return run(h, sql);
  }

  private ExecuteResult run(StatementHandle h, String sql) {
    String user = user(new ConnectionHandle(h.connectionId));
    QueryResult result = gateway.query(user, Channel.JDBC, sql);
    List<ColumnMetaData> columns = columns(result.columns());
    List<Object> rows = new ArrayList<>(result.rows().size());
    for (Object[] values : result.rows()) {
      Object[] row = new Object[values.length];
      for (int i = 0; i < values.length; i++) {
        row[i] = value(values[i], columns.get(i).type.id);
      }
      rows.add(row);
    }
    Signature signature = signature(columns, sql);
    return new ExecuteResult(
        List.of(
            MetaResultSet.create(
                h.connectionId, h.id, false, signature, new Frame(0, true, rows))));
  }

  @Override
  public ExecuteBatchResult prepareAndExecuteBatch(StatementHandle h, List<String> sqlCommands) {
    throw new UnsupportedOperationException("自助查询不支持批量执行：一次只能执行一条只读查询。");
  }

  @Override
  public ExecuteBatchResult executeBatch(
      StatementHandle h, List<List<TypedValue>> parameterValues) {
    throw new UnsupportedOperationException("自助查询不支持批量执行：一次只能执行一条只读查询。");
  }

  @Override
  public Frame fetch(StatementHandle h, long offset, int fetchMaxRowCount) {
    return Frame.EMPTY;
  }

  @Override
  public void closeStatement(StatementHandle h) {
    preparedSql.remove(key(h));
  }

  @Override
  public boolean syncResults(StatementHandle sh, QueryState state, long offset) {
    return false;
  }

  @Override
  public void commit(ConnectionHandle ch) {}

  @Override
  public void rollback(ConnectionHandle ch) {}

  @Override
  public Iterable<Object> createIterable(
      StatementHandle h,
      QueryState state,
      Signature signature,
      List<TypedValue> parameters,
      Frame firstFrame) {
    return firstFrame == null ? List.of() : firstFrame.rows;
  }

  @Override
  public MetaResultSet getSchemas(ConnectionHandle ch, String catalog, Pat schemaPattern) {
    List<Object> rows = new ArrayList<>();
    if (matches(schemaPattern, SCHEMA)) {
      rows.add(new MetaSchema(null, SCHEMA));
    }
    return records(MetaSchema.class, rows);
  }

  @Override
  public MetaResultSet getTableTypes(ConnectionHandle ch) {
    return records(MetaTableType.class, List.of(new MetaTableType("VIEW")));
  }

  @Override
  public MetaResultSet getTables(
      ConnectionHandle ch,
      String catalog,
      Pat schemaPattern,
      Pat tableNamePattern,
      List<String> typeList) {
    List<Object> rows = new ArrayList<>();
    if (matches(schemaPattern, SCHEMA) && (typeList == null || typeList.contains("VIEW"))) {
      for (AnalysisCatalog.View view : gateway.catalog().views()) {
        if (matches(tableNamePattern, view.name())) {
          rows.add(new MetaTable(null, SCHEMA, view.name(), "VIEW"));
        }
      }
    }
    return records(MetaTable.class, rows);
  }

  @Override
  public MetaResultSet getColumns(
      ConnectionHandle ch,
      String catalog,
      Pat schemaPattern,
      Pat tableNamePattern,
      Pat columnNamePattern) {
    List<Object> rows = new ArrayList<>();
    if (matches(schemaPattern, SCHEMA)) {
      for (AnalysisCatalog.View view : gateway.catalog().views()) {
        if (!matches(tableNamePattern, view.name())) {
          continue;
        }
        int position = 0;
        for (AnalysisCatalog.Column column : view.columns()) {
          position++;
          if (matches(columnNamePattern, column.name())) {
            rows.add(
                new MetaColumn(
                    null,
                    SCHEMA,
                    view.name(),
                    column.name(),
                    column.jdbcType(),
                    column.type(),
                    null,
                    null,
                    10,
                    column.nullable()
                        ? DatabaseMetaData.columnNullable
                        : DatabaseMetaData.columnNoNulls,
                    null,
                    position,
                    column.nullable() ? "YES" : "NO"));
          }
        }
      }
    }
    return records(MetaColumn.class, rows);
  }

  @Override
  protected MetaResultSet createResultSet(
      Map<String, Object> internalParameters,
      List<ColumnMetaData> columns,
      CursorFactory cursorFactory,
      Frame firstFrame) {
    Signature signature =
        new Signature(
            columns, "", List.of(), internalParameters, cursorFactory, StatementType.SELECT);
    return MetaResultSet.create("", statementIds.incrementAndGet(), true, signature, firstFrame);
  }

  /**
   * Returns metadata rows (Avatica's MetaTable, MetaColumn...) as arrays of their public fields.
   */
  private MetaResultSet records(Class<?> type, List<Object> records) {
    List<java.lang.reflect.Field> fields = new ArrayList<>();
    for (java.lang.reflect.Field field : type.getFields()) {
      if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
        fields.add(field);
      }
    }
    List<Object> rows = new ArrayList<>();
    for (Object record : records) {
      Object[] row = new Object[fields.size()];
      for (int i = 0; i < row.length; i++) {
        try {
          row[i] = fields.get(i).get(record);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
      rows.add(row);
    }
    return createResultSet(
        Map.of(), fieldMetaData(type).columns, CursorFactory.ARRAY, new Frame(0, true, rows));
  }

  private static boolean matches(Pat pattern, String name) {
    if (pattern == null || pattern.s == null) {
      return true;
    }
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.s.toCharArray()) {
      regex.append(
          switch (c) {
            case '%' -> ".*";
            case '_' -> ".";
            default -> Pattern.quote(String.valueOf(c));
          });
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(name).matches();
  }

  private static String key(StatementHandle h) {
    return h.connectionId + "/" + h.id;
  }

  private static Signature signature(List<ColumnMetaData> columns, String sql) {
    return new Signature(
        columns,
        sql,
        List.<AvaticaParameter>of(),
        Map.of(),
        CursorFactory.ARRAY,
        StatementType.SELECT);
  }

  /** Maps the gateway's column types to what Avatica carries over the wire. */
  private static List<ColumnMetaData> columns(List<ResultColumn> result) {
    List<ColumnMetaData> columns = new ArrayList<>();
    for (int i = 0; i < result.size(); i++) {
      ResultColumn column = result.get(i);
      ColumnMetaData.AvaticaType type =
          switch (column.jdbcType()) {
            case Types.BOOLEAN ->
                ColumnMetaData.scalar(Types.BOOLEAN, "BOOLEAN", ColumnMetaData.Rep.BOOLEAN);
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER ->
                ColumnMetaData.scalar(Types.INTEGER, "INTEGER", ColumnMetaData.Rep.INTEGER);
            case Types.BIGINT ->
                ColumnMetaData.scalar(Types.BIGINT, "BIGINT", ColumnMetaData.Rep.LONG);
            case Types.DECIMAL, Types.NUMERIC ->
                ColumnMetaData.scalar(Types.DECIMAL, "DECIMAL", ColumnMetaData.Rep.NUMBER);
            case Types.FLOAT, Types.REAL, Types.DOUBLE ->
                ColumnMetaData.scalar(Types.DOUBLE, "DOUBLE", ColumnMetaData.Rep.DOUBLE);
            case Types.DATE ->
                ColumnMetaData.scalar(Types.DATE, "DATE", ColumnMetaData.Rep.JAVA_SQL_DATE);
            default -> ColumnMetaData.scalar(Types.VARCHAR, "VARCHAR", ColumnMetaData.Rep.STRING);
          };
      columns.add(MetaImpl.columnMetaData(column.name(), i, type, true));
    }
    return columns;
  }

  private static Object value(Object value, int jdbcType) {
    if (value == null) {
      return null;
    }
    return switch (jdbcType) {
      case Types.BOOLEAN -> value instanceof Boolean b ? b : Boolean.valueOf(value.toString());
      case Types.INTEGER -> ((Number) value).intValue();
      case Types.BIGINT -> ((Number) value).longValue();
      case Types.DECIMAL -> new BigDecimal(value.toString());
      case Types.DOUBLE -> ((Number) value).doubleValue();
      case Types.DATE ->
          value instanceof LocalDate date
              ? java.sql.Date.valueOf(date)
              : java.sql.Date.valueOf(value.toString());
      default -> Cells.text(value);
    };
  }
}
