package org.doudi.warehouse.backup;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.doudi.warehouse.DuckDbDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes a consistent copy of the running instance into a new DuckDB file that the server can start
 * from.
 *
 * <p>The instance is locked down, so DuckDB may only write inside the backup folder: the copy is
 * attached there under a temporary name, filled, detached and then renamed (or moved with Java to a
 * folder DuckDB may not touch). The schema comes over with {@code COPY FROM DATABASE … (SCHEMA)},
 * which also carries each sequence's position; the rows come over table by table in one
 * transaction, parents before children (a plain {@code COPY FROM DATABASE} inserts in name order
 * and trips over foreign keys), so the copy is one snapshot even while the server keeps writing;
 * last, each sequence is moved past anything written meanwhile, so that ids handed out after a
 * restore never collide with copied rows. The files kept beside the warehouse (evidence, summary
 * reports) are copied after the snapshot into {@code BACKUP.files/} ({@link KeptFiles}).
 */
@Component
public class WarehouseBackup {

  private static final Logger log = LoggerFactory.getLogger(WarehouseBackup.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final Pattern NIGHTLY = Pattern.compile("doudi-\\d{8}-\\d{6}\\.duckdb");

  private final DuckDbDataSource dataSource;
  private final Clock clock;

  WarehouseBackup(DuckDbDataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** Returns the folder DuckDB may write backups into. */
  public Path backupFolder() {
    Path inbox = dataSource.settings().inbox().toAbsolutePath().normalize();
    return dataSource.settings().readableDirectories().stream()
        .map(dir -> dir.toAbsolutePath().normalize())
        .filter(dir -> !dir.equals(inbox))
        .findFirst()
        .orElse(dataSource.settings().home().resolve("backups"));
  }

  /** Returns the file name a backup taken now gets: {@code doudi-20261126-023000.duckdb}. */
  public String timestampedName() {
    return "doudi-" + LocalDateTime.now(clock).format(STAMP) + ".duckdb";
  }

  /**
   * Writes a copy of the instance to {@code folder/fileName}; refuses to overwrite a file. Returns
   * the copy's path.
   */
  public synchronized Path writeTo(Path folder, String fileName) {
    Path target = folder.toAbsolutePath().normalize().resolve(fileName);
    if (Files.exists(target)) {
      throw new BackupException("备份文件 " + target + " 已存在，不会覆盖");
    }
    Path staging = backupFolder();
    try {
      Files.createDirectories(staging);
      Files.createDirectories(target.getParent());
    } catch (IOException e) {
      throw new BackupException("无法创建备份目录：" + e.getMessage(), e);
    }
    Path partial = staging.resolve("." + fileName + ".partial");
    deleteQuietly(partial);
    deleteQuietly(Path.of(partial + ".wal"));
    long started = System.nanoTime();
    try {
      copyInto(partial);
      move(partial, target);
      KeptFiles.copyBeside(dataSource.settings().home(), target);
    } catch (SQLException e) {
      throw new BackupException("备份失败：" + e.getMessage(), e);
    } catch (IOException e) {
      throw new BackupException("无法把备份写到 " + target + "：" + e.getMessage(), e);
    } finally {
      deleteQuietly(partial);
      deleteQuietly(Path.of(partial + ".wal"));
    }
    log.info("Backup written to {} in {} ms", target, (System.nanoTime() - started) / 1_000_000);
    return target;
  }

  /**
   * Writes a timestamped backup into the backup folder and removes the oldest ones beyond {@code
   * keep}; returns the new backup.
   */
  public synchronized Path writeRotating(int keep) {
    Path folder = backupFolder();
    Path written = writeTo(folder, timestampedName());
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> backups =
          files
              .filter(p -> NIGHTLY.matcher(p.getFileName().toString()).matches())
              .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
              .toList();
      for (Path old :
          backups.subList(Math.min(Math.max(keep, 1), backups.size()), backups.size())) {
        Files.deleteIfExists(old);
        Files.deleteIfExists(Path.of(old + SealedSecret.SUFFIX));
        KeptFiles.deleteBeside(old);
        log.info("Removed old backup {}", old);
      }
    } catch (IOException e) {
      log.warn("Could not prune old backups in {}: {}", folder, e.getMessage());
    }
    return written;
  }

  private void copyInto(Path file) throws SQLException {
    // an alias no warehouse file is named after, so it never clashes with the source's name
    String alias = "doudi_backup_" + Long.toHexString(System.nanoTime());
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      String source = single(statement, "SELECT current_database()");
      statement.execute("ATTACH '" + file.toString().replace("'", "''") + "' AS " + alias);
      try {
        statement.execute("COPY FROM DATABASE " + quote(source) + " TO " + alias + " (SCHEMA)");
        connection.setAutoCommit(false);
        try {
          for (String table : tablesParentsFirst(statement, source)) {
            statement.execute(
                "INSERT INTO "
                    + alias
                    + ".main."
                    + quote(table)
                    + " SELECT * FROM "
                    + quote(source)
                    + ".main."
                    + quote(table));
          }
          connection.commit();
        } catch (SQLException e) {
          connection.rollback();
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
        catchUpSequences(statement, source, alias);
        statement.execute("CHECKPOINT " + alias);
      } finally {
        statement.execute("DETACH " + alias);
      }
    }
  }

  /** Returns the source's tables ordered so that a table comes after every table it refers to. */
  private static List<String> tablesParentsFirst(Statement statement, String source)
      throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs =
        statement.executeQuery(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = '"
                + source.replace("'", "''")
                + "' AND schema_name = 'main' AND NOT temporary ORDER BY table_name")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    Map<String, Set<String>> parents = new HashMap<>();
    try (ResultSet rs =
        statement.executeQuery(
            "SELECT table_name, referenced_table FROM duckdb_constraints() WHERE database_name = '"
                + source.replace("'", "''")
                + "' AND schema_name = 'main' AND constraint_type = 'FOREIGN KEY'")) {
      while (rs.next()) {
        parents.computeIfAbsent(rs.getString(1), t -> new LinkedHashSet<>()).add(rs.getString(2));
      }
    }
    Set<String> ordered = new LinkedHashSet<>();
    for (String table : tables) {
      visit(table, parents, ordered, new LinkedHashSet<>());
    }
    return List.copyOf(ordered);
  }

  private static void visit(
      String table, Map<String, Set<String>> parents, Set<String> ordered, Set<String> path) {
    if (ordered.contains(table) || !path.add(table)) {
      return;
    }
    for (String parent : parents.getOrDefault(table, Set.of())) {
      if (!parent.equals(table)) {
        visit(parent, parents, ordered, path);
      }
    }
    ordered.add(table);
  }

  /** Moves each of the copy's sequences past the source's current value. */
  private static void catchUpSequences(Statement statement, String source, String alias)
      throws SQLException {
    Map<String, Long> sourceLast = sequences(statement, source, false);
    Map<String, Long> copyNext = sequences(statement, alias, true);
    for (Map.Entry<String, Long> entry : sourceLast.entrySet()) {
      Long last = entry.getValue();
      Long next = copyNext.get(entry.getKey());
      if (last == null || next == null || next > last) {
        continue;
      }
      statement.execute(
          "SELECT max(nextval('"
              + alias
              + ".main."
              + entry.getKey().replace("'", "''")
              + "')) FROM range("
              + (last - next + 1)
              + ")");
    }
  }

  /**
   * Returns, per sequence of a database, the last value it handed out (null when none); read on the
   * copy, the lowest value it may hand out next. A copied sequence reports its start as its last
   * value before handing any out, so the copy's figure errs low: a gap of one id is harmless, a
   * collision is not.
   */
  private static Map<String, Long> sequences(Statement statement, String database, boolean copy)
      throws SQLException {
    Map<String, Long> values = new LinkedHashMap<>();
    try (ResultSet rs =
        statement.executeQuery(
            "SELECT sequence_name, last_value, start_value FROM duckdb_sequences()"
                + " WHERE database_name = '"
                + database.replace("'", "''")
                + "' AND schema_name = 'main'")) {
      while (rs.next()) {
        long lastValue = rs.getLong(2);
        boolean known = !rs.wasNull();
        long start = rs.getLong(3);
        if (copy) {
          values.put(rs.getString(1), known ? lastValue : start);
        } else {
          values.put(rs.getString(1), known ? lastValue : null);
        }
      }
    }
    return values;
  }

  private static void move(Path from, Path to) throws IOException {
    Path wal = Path.of(from + ".wal");
    if (Files.exists(wal)) {
      Files.move(wal, Path.of(to + ".wal"), StandardCopyOption.REPLACE_EXISTING);
    }
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Path temporary = to.resolveSibling("." + to.getFileName() + ".partial");
      Files.copy(from, temporary, StandardCopyOption.REPLACE_EXISTING);
      Files.move(temporary, to, StandardCopyOption.ATOMIC_MOVE);
      Files.delete(from);
    }
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      log.warn("Could not delete {}: {}", path, e.getMessage());
    }
  }
}
