package org.doudi.warehouse;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;
import org.slf4j.LoggerFactory;

/**
 * Hands out connections to the one DuckDB instance of this process.
 *
 * <p>DuckDB accepts one configuration per database file per process, and its security settings are
 * instance-wide, so the file is opened exactly once here, locked down before anyone else sees it,
 * and every caller gets a {@link DuckDBConnection#duplicate() duplicate} of that connection.
 */
public final class DuckDbDataSource implements DataSource, AutoCloseable {

  private static final org.slf4j.Logger log = LoggerFactory.getLogger(DuckDbDataSource.class);
  private static final Pattern LOCK_PID = Pattern.compile("PID (\\d+)");

  private final WarehouseSettings settings;
  private final DuckDBConnection root;

  /** Opens (creating if need be) the warehouse file and settles the instance's settings. */
  public DuckDbDataSource(WarehouseSettings settings) {
    this.settings = settings;
    Path file = settings.path().toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
      for (Path dir : settings.readableDirectories()) {
        Files.createDirectories(dir);
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "无法创建仓库目录：" + file.getParent() + "（" + e.getMessage() + "）", e);
    }
    this.root = open(file);
    lockDown();
    log.info(
        "Warehouse {} open (memory_limit={}, threads={})",
        file,
        settings.memoryLimit(),
        settings.threads());
  }

  private static DuckDBConnection open(Path file) {
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "false");
    try {
      return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file, properties);
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("Could not set lock") || message.contains("Conflicting lock")) {
        Matcher pid = LOCK_PID.matcher(message);
        String holder = pid.find() ? "（进程号 " + pid.group(1) + "）" : "";
        throw new WarehouseLockedException(
            "仓库文件 "
                + file
                + " 正被另一个 doudi 进程使用"
                + holder
                + "。DuckDB 同一时间只允许一个进程打开仓库：服务运行时请在网页中操作，或先停止服务再运行命令。",
            e);
      }
      throw new IllegalStateException("无法打开仓库文件 " + file + "：" + message, e);
    }
  }

  /**
   * Closes the instance to everything but the warehouse and the named folders, once for every part
   * of the application: external file access, extension installs and configuration changes.
   */
  private void lockDown() {
    String allowed =
        settings.readableDirectories().stream()
            .map(dir -> "'" + dir.toAbsolutePath().toString().replace("'", "''") + "/'")
            .collect(Collectors.joining(", ", "[", "]"));
    try (Statement statement = root.createStatement()) {
      statement.execute("SET memory_limit = '" + settings.memoryLimit().replace("'", "") + "'");
      statement.execute("SET threads = " + settings.threads());
      statement.execute("SET autoinstall_known_extensions = false");
      statement.execute("SET autoload_known_extensions = false");
      statement.execute("SET TimeZone = 'Asia/Shanghai'");
      statement.execute("SET allowed_directories = " + allowed);
      statement.execute("SET enable_external_access = false");
      statement.execute("SET lock_configuration = true");
    } catch (SQLException e) {
      close();
      throw new IllegalStateException("无法设置仓库的安全配置：" + e.getMessage(), e);
    }
  }

  /** Returns the settings the instance was opened with. */
  public WarehouseSettings settings() {
    return settings;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return root.duplicate();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public void close() {
    try {
      root.close();
    } catch (SQLException e) {
      log.warn("Closing the warehouse failed: {}", e.getMessage());
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    if (type.isInstance(root)) {
      return type.cast(root);
    }
    throw new SQLException("Not a wrapper of " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this) || type.isInstance(root);
  }
}
