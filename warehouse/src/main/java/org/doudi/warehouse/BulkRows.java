package org.doudi.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes parsed rows in bulk the way the warehouse's writers share: the statements of a file of
 * {@code sql/} (one per {@code ;} at a line's end), and rows through DuckDB's Appender on the
 * connection of the running transaction (after a statement has run on it, so that the Appender
 * joins that transaction instead of committing on its own).
 */
public final class BulkRows {

  private final JdbcTemplate jdbc;
  private final DataSource dataSource;

  /** Writes through this template and the data source it was made from. */
  public BulkRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.dataSource = jdbc.getDataSource();
  }

  /** Returns the statements of {@code sql/<path>}, in order. */
  public static List<String> statements(String path) {
    try (InputStream in = new ClassPathResource("sql/" + path).getInputStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> statements = new ArrayList<>();
      for (String part : text.split(";\\s*(\\n|$)")) {
        String sql =
            part.lines()
                .filter(l -> !l.strip().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        if (!sql.isBlank()) {
          statements.add(sql.strip());
        }
      }
      return List.copyOf(statements);
    } catch (IOException e) {
      throw new IllegalStateException("无法读取 sql/" + path + "：" + e.getMessage(), e);
    }
  }

  /** A source of rows for the Appender: calls {@code row} once per row. */
  @FunctionalInterface
  public interface RowSource {
    /** Appends every row through {@code row}. */
    void rows(RowSink row) throws SQLException;
  }

  /** Takes one row's values, in the table's column order. */
  @FunctionalInterface
  public interface RowSink {
    /** Appends one row. */
    void append(Object... values) throws SQLException;
  }

  /**
   * Appends rows to a table of the current transaction's connection ({@code temp} tables too); must
   * run inside a transaction of the warehouse's transaction manager.
   */
  public long append(String catalog, String table, RowSource source) {
    jdbc.queryForObject("SELECT 1", Integer.class);
    try {
      DuckDBConnection duck =
          DataSourceUtils.getConnection(dataSource).unwrap(DuckDBConnection.class);
      long[] count = {0};
      try (DuckDBAppender appender = duck.createAppender(catalog, "main", table)) {
        source.rows(
            values -> {
              appender.beginRow();
              for (Object value : values) {
                put(appender, value);
              }
              appender.endRow();
              count[0]++;
            });
        appender.flush();
      }
      return count[0];
    } catch (SQLException e) {
      throw new IllegalStateException("写入 " + table + " 失败：" + e.getMessage(), e);
    }
  }

  private static void put(DuckDBAppender appender, Object value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else if (value instanceof String s) {
      appender.append(s);
    } else if (value instanceof Integer i) {
      appender.append(i.intValue());
    } else if (value instanceof Long l) {
      appender.append(l.longValue());
    } else if (value instanceof Boolean b) {
      appender.append(b.booleanValue());
    } else if (value instanceof BigDecimal d) {
      appender.append(d.setScale(2, RoundingMode.HALF_UP));
    } else if (value instanceof LocalDate d) {
      appender.append(d);
    } else if (value instanceof java.time.OffsetDateTime t) {
      appender.append(t);
    } else if (value instanceof byte[] bytes) {
      appender.append(bytes);
    } else {
      throw new IllegalArgumentException("不支持的值类型：" + value.getClass());
    }
  }
}
