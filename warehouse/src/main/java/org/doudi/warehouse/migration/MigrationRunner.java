package org.doudi.warehouse.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Brings the warehouse schema up to date: applies each migration of {@code sql/migrations} once, in
 * order, recording its checksum, then re-creates the views of {@code sql/views}.
 *
 * <p>A migration that was applied and has changed since stops the start: silently running a
 * different schema than the one on disk is how warehouses drift.
 */
public final class MigrationRunner {

  private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);

  private final DataSource dataSource;
  private final String location;

  /** Creates a runner for the migrations under the classpath folder {@code location}. */
  public MigrationRunner(DataSource dataSource, String location) {
    this.dataSource = dataSource;
    this.location = location;
  }

  /** Creates a runner for the product's own {@code sql/} folder. */
  public MigrationRunner(DataSource dataSource) {
    this(dataSource, "sql");
  }

  /** Applies what is missing and re-creates the views; returns the migrations it applied. */
  public List<Migration> migrate() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.execute(
        """
        CREATE TABLE IF NOT EXISTS schema_migration (
            version    INTEGER PRIMARY KEY,
            name       VARCHAR NOT NULL,
            checksum   VARCHAR NOT NULL,
            applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
        )""");
    Map<Integer, String[]> applied = new HashMap<>();
    jdbc.query(
        "SELECT version, name, checksum FROM schema_migration",
        rs -> {
          applied.put(rs.getInt(1), new String[] {rs.getString(2), rs.getString(3)});
        });
    List<Migration> done = new ArrayList<>();
    for (Migration migration : migrations()) {
      String[] previous = applied.get(migration.version());
      if (previous != null) {
        if (!previous[1].equals(migration.checksum())) {
          throw new MigrationException(
              "迁移 " + migration.name() + " 已于早前执行，但文件内容已被修改（校验和不一致）。已执行的迁移不能修改，请改为新增一个迁移文件。");
        }
        continue;
      }
      apply(migration);
      done.add(migration);
    }
    for (Resource view : views()) {
      runScript(view, "视图 " + view.getFilename());
    }
    return done;
  }

  private void apply(Migration migration) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        ScriptUtils.executeSqlScript(
            connection, new ByteArrayResource(migration.sql().getBytes(StandardCharsets.UTF_8)));
        try (var insert =
            connection.prepareStatement(
                "INSERT INTO schema_migration (version, name, checksum) VALUES (?, ?, ?)")) {
          insert.setInt(1, migration.version());
          insert.setString(2, migration.name());
          insert.setString(3, migration.checksum());
          insert.executeUpdate();
        }
        connection.commit();
        log.info("Applied migration {}", migration.name());
      } catch (RuntimeException | SQLException e) {
        connection.rollback();
        throw new MigrationException("执行迁移 " + migration.name() + " 失败：" + rootMessage(e), e);
      }
    } catch (SQLException e) {
      throw new MigrationException("执行迁移 " + migration.name() + " 失败：" + e.getMessage(), e);
    }
  }

  private void runScript(Resource script, String what) {
    try (Connection connection = dataSource.getConnection()) {
      ScriptUtils.executeSqlScript(connection, script);
    } catch (RuntimeException | SQLException e) {
      throw new MigrationException("创建" + what + "失败：" + rootMessage(e), e);
    }
  }

  /**
   * Returns the migrations shipped on the classpath, ordered by version; a duplicate number stops.
   */
  public List<Migration> migrations() {
    List<Migration> migrations = new ArrayList<>();
    for (Resource resource : resources(location + "/migrations/V*.sql")) {
      migrations.add(Migration.of(resource.getFilename(), read(resource)));
    }
    migrations.sort(Comparator.comparingInt(Migration::version));
    for (int i = 1; i < migrations.size(); i++) {
      if (migrations.get(i).version() == migrations.get(i - 1).version()) {
        throw new MigrationException(
            "迁移 " + migrations.get(i - 1).name() + " 与 " + migrations.get(i).name() + " 编号相同");
      }
    }
    return migrations;
  }

  private List<Resource> views() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Resource order = resolver.getResource("classpath:" + location + "/views/ORDER");
    if (!order.exists()) {
      return List.of();
    }
    List<Resource> views = new ArrayList<>();
    for (String line : read(order).split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        Resource view = resolver.getResource("classpath:" + location + "/views/" + name);
        if (!view.exists()) {
          throw new MigrationException("views/ORDER 列出的视图文件 " + name + " 不存在");
        }
        views.add(view);
      }
    }
    return views;
  }

  private static List<Resource> resources(String pattern) {
    try {
      return List.of(
          new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern));
    } catch (IOException e) {
      throw new MigrationException("无法读取迁移文件：" + e.getMessage(), e);
    }
  }

  private static String read(Resource resource) {
    try (var in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MigrationException("无法读取 " + resource.getFilename() + "：" + e.getMessage(), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
