package org.doudi.warehouse.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.doudi.warehouse.DuckDbDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Writes the warehouse's facts as Parquet, one folder per source of {@code sql/export/} and one
 * {@code period=YYYY-MM} folder per month inside it (Hive partitioning, which DuckDB, Trino and
 * Spark read as they are), every row carrying the instance's {@code district} so that many
 * districts' exports can be read as one table.
 *
 * <p>The instance is locked down, so DuckDB writes into a fresh folder of its inbox, all sources in
 * one read transaction (one snapshot even while the server keeps loading); Java then moves the
 * folders to the target and writes {@code doudi-export.json}. A failed export leaves nothing in the
 * target.
 */
@Component
public class ParquetExport {

  /** The manifest written beside the sources' folders. */
  public static final String MANIFEST = "doudi-export.json";

  static final String SOURCES = "sql/export/*.sql";

  private final DuckDbDataSource dataSource;
  private final Clock clock;
  private final String district;

  ParquetExport(
      DuckDbDataSource dataSource,
      Clock clock,
      @Value("${doudi.export.district:${doudi.report.issuer:}}") String district) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.district = district;
  }

  /** Returns the district label every exported row carries. */
  public String district() {
    return district;
  }

  /** Exports every source into {@code out}, which must not exist yet or be empty. */
  public List<ExportedSource> writeTo(Path out) {
    Path target = out.toAbsolutePath().normalize();
    requireEmpty(target);
    Path staging = dataSource.settings().inbox().resolve("export-" + UUID.randomUUID());
    List<ExportedSource> written = new ArrayList<>();
    try {
      Files.createDirectories(staging);
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
          for (ExportSource source : loadSources()) {
            written.add(write(statement, source, staging));
          }
        } finally {
          connection.rollback();
        }
      }
      Files.createDirectories(target);
      for (ExportedSource source : written) {
        if (source.skippedBecause() == null && source.rows() > 0) {
          move(staging.resolve(source.name()), target.resolve(source.name()));
        }
      }
      Files.writeString(target.resolve(MANIFEST), manifest(written), StandardCharsets.UTF_8);
      return List.copyOf(written);
    } catch (SQLException | IOException | UncheckedIOException e) {
      deleteTree(target, true);
      throw new ParquetExportException("导出到 " + target + " 失败：" + e.getMessage(), e);
    } finally {
      deleteTree(staging, false);
    }
  }

  private ExportedSource write(Statement statement, ExportSource source, Path staging)
      throws SQLException {
    for (String relation : source.requires()) {
      if (!relationExists(statement, relation)) {
        return new ExportedSource(source.name(), 0, 0, "仓库中没有 " + relation);
      }
    }
    String rows = "SELECT " + literal(district) + " AS district, * FROM (" + source.sql() + ")";
    long count;
    int periods;
    try (ResultSet rs =
        statement.executeQuery("SELECT count(*), count(DISTINCT period) FROM (" + rows + ")")) {
      rs.next();
      count = rs.getLong(1);
      periods = rs.getInt(2);
    }
    if (count > 0) {
      statement.execute(
          "COPY ("
              + rows
              + ") TO "
              + literal(staging.resolve(source.name()).toString())
              + " (FORMAT parquet, PARTITION_BY (period), COMPRESSION zstd)");
    }
    return new ExportedSource(source.name(), count, periods, null);
  }

  private static boolean relationExists(Statement statement, String name) throws SQLException {
    int dot = name.indexOf('.');
    String sql =
        dot < 0
            ? "SELECT count(*) FROM information_schema.tables WHERE table_name = " + literal(name)
            : "SELECT count(*) FROM information_schema.columns WHERE table_name = "
                + literal(name.substring(0, dot))
                + " AND column_name = "
                + literal(name.substring(dot + 1));
    try (ResultSet rs = statement.executeQuery(sql)) {
      return rs.next() && rs.getLong(1) > 0;
    }
  }

  private String manifest(List<ExportedSource> written) {
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"district\": ").append(jsonString(district)).append(",\n");
    json.append("  \"exported_at\": ").append(jsonString(OffsetDateTime.now(clock).toString()));
    json.append(",\n  \"format\": \"parquet\",\n  \"partitioning\": \"hive: period=YYYY-MM\",\n");
    json.append("  \"sources\": [");
    String separator = "\n";
    for (ExportedSource source : written) {
      json.append(separator)
          .append("    {\"name\": ")
          .append(jsonString(source.name()))
          .append(", \"rows\": ")
          .append(source.rows())
          .append(", \"periods\": ")
          .append(source.periods());
      if (source.skippedBecause() != null) {
        json.append(", \"skipped\": ").append(jsonString(source.skippedBecause()));
      }
      json.append('}');
      separator = ",\n";
    }
    return json.append("\n  ]\n}\n").toString();
  }

  private static void requireEmpty(Path target) {
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new ParquetExportException(target + " 不是目录");
    }
    try (Stream<Path> entries = Files.list(target)) {
      if (entries.findAny().isPresent()) {
        throw new ParquetExportException("目录 " + target + " 不是空的：导出只写入新目录或空目录，不覆盖已有文件");
      }
    } catch (IOException e) {
      throw new ParquetExportException("无法读取目录 " + target + "：" + e.getMessage(), e);
    }
  }

  /** Moves a folder, copying it where a rename cannot cross file systems. */
  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to);
    } catch (IOException e) {
      try (Stream<Path> walk = Files.walk(from)) {
        for (Path path : (Iterable<Path>) walk::iterator) {
          Path copy = to.resolve(from.relativize(path).toString());
          if (Files.isDirectory(path)) {
            Files.createDirectories(copy);
          } else {
            Files.copy(path, copy);
          }
        }
      }
    }
  }

  private static void deleteTree(Path root, boolean keepRoot) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (!(keepRoot && path.equals(root))) {
          Files.deleteIfExists(path);
        }
      }
    } catch (IOException e) {
      // the staging folder is in the inbox, which is cleaned with the instance; nothing to report
    }
  }

  private static List<ExportSource> loadSources() throws IOException {
    List<ExportSource> sources = new ArrayList<>();
    for (Resource file :
        new PathMatchingResourcePatternResolver().getResources("classpath*:" + SOURCES)) {
      try (InputStream in = file.getInputStream()) {
        sources.add(
            ExportSource.of(
                file.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    sources.sort(Comparator.comparing(ExportSource::name));
    return sources;
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String jsonString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
