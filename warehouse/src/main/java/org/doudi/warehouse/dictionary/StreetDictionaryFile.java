package org.doudi.warehouse.dictionary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the default street dictionary (Putuo's ten streets, migration V001) with another
 * district's or a whole city's, read from a UTF-8 CSV file named by {@code doudi.streets.file}: a
 * header {@code code,name,kind,aliases}, then one street per line in the bureau's order, aliases
 * separated by {@code |}.
 *
 * <p>The file is applied at every start; the same file again changes nothing. A street that the
 * file leaves out is removed only while nothing refers to it (no form, figure, case, finding or
 * account): a dictionary must never orphan loaded data.
 */
public final class StreetDictionaryFile {

  private static final List<String> REFERENCES =
      List.of("street_form", "discipline_figure", "petition_case", "finding_record", "account");

  private final Path file;
  private final Map<String, Row> rows;

  private StreetDictionaryFile(Path file, Map<String, Row> rows) {
    this.file = file;
    this.rows = rows;
  }

  /** One street of the file. */
  record Row(String code, String name, String kind, int sortOrder, Set<String> aliases) {}

  /** Reads and checks the file; throws with a Chinese message naming the file and line. */
  public static StreetDictionaryFile read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("无法读取街镇字典文件 " + file + "：" + e.getMessage(), e);
    }
    if (lines.isEmpty() || !header(lines.get(0)).startsWith("code,name")) {
      throw new IllegalStateException("街镇字典文件 " + file + " 第 1 行应为表头 code,name,kind,aliases");
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      String where = "街镇字典文件 " + file + " 第 " + (i + 1) + " 行：";
      if (cells.length < 2 || cells[0].isBlank() || cells[1].isBlank()) {
        throw new IllegalStateException(where + "需要代码和名称");
      }
      String code = cells[0].strip();
      String name = cells[1].strip();
      String kind = cells.length > 2 && !cells[2].isBlank() ? cells[2].strip() : kindOf(name);
      if (!kind.equals("街道") && !kind.equals("镇")) {
        throw new IllegalStateException(where + "类型“" + kind + "”应为 街道 或 镇");
      }
      if (!code.matches("[a-z0-9_-]+")) {
        throw new IllegalStateException(where + "代码“" + code + "”只能由小写字母、数字、- 和 _ 组成");
      }
      if (rows.containsKey(code) || !names.add(name)) {
        throw new IllegalStateException(where + "街镇“" + name + "”（" + code + "）重复");
      }
      Set<String> aliases = new LinkedHashSet<>();
      if (cells.length > 3) {
        for (String alias : cells[3].split("\\|")) {
          if (!alias.isBlank() && !alias.strip().equals(name)) {
            aliases.add(alias.strip());
          }
        }
      }
      rows.put(code, new Row(code, name, kind, rows.size() + 1, aliases));
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException("街镇字典文件 " + file + " 没有街镇");
    }
    return new StreetDictionaryFile(file, rows);
  }

  private static String header(String line) {
    return line.replace("\uFEFF", "").strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
  }

  private static String kindOf(String name) {
    return name.endsWith("镇") ? "镇" : "街道";
  }

  /** Returns how many streets the file names. */
  public int size() {
    return rows.size();
  }

  /**
   * Makes the warehouse's {@code street} and {@code street_alias} tables say what the file says;
   * returns whether anything changed.
   */
  public boolean applyTo(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    if (sameAs(jdbc)) {
      return false;
    }
    List<String> removed =
        jdbc.queryForList("SELECT code FROM street", String.class).stream()
            .filter(code -> !rows.containsKey(code))
            .toList();
    removed.forEach(code -> requireUnreferenced(jdbc, code));
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    // DuckDB checks a foreign key against what is committed: the aliases go in a transaction of
    // their own before the streets they name (the file is applied again at the next start if
    // anything after this fails)
    transaction.executeWithoutResult(status -> jdbc.update("DELETE FROM street_alias"));
    transaction.executeWithoutResult(
        status -> {
          for (String code : removed) {
            jdbc.update("DELETE FROM street WHERE code = ?", code);
          }
          Map<String, Row> current = current(jdbc);
          // names are unique: move renamed ones aside first so that two streets may swap
          for (Row row : rows.values()) {
            Row now = current.get(row.code());
            if (now != null && !now.name().equals(row.name())) {
              jdbc.update("UPDATE street SET name = '~' || code WHERE code = ?", row.code());
            }
          }
          for (Row row : rows.values()) {
            Row now = current.get(row.code());
            if (now == null) {
              jdbc.update(
                  "INSERT INTO street (code, name, sort_order, kind) VALUES (?, ?, ?, ?)",
                  row.code(),
                  row.name(),
                  row.sortOrder(),
                  row.kind());
            } else if (!now.name().equals(row.name())
                || !now.kind().equals(row.kind())
                || now.sortOrder() != row.sortOrder()) {
              jdbc.update(
                  "UPDATE street SET name = ?, kind = ?, sort_order = ? WHERE code = ?",
                  row.name(),
                  row.kind(),
                  row.sortOrder(),
                  row.code());
            }
          }
        });
    transaction.executeWithoutResult(
        status -> {
          Set<String> seen = new LinkedHashSet<>();
          for (Row row : rows.values()) {
            for (String alias : row.aliases()) {
              if (seen.add(alias)) {
                jdbc.update(
                    "INSERT INTO street_alias (alias, street_code) VALUES (?, ?)",
                    alias,
                    row.code());
              }
            }
          }
        });
    return true;
  }

  private void requireUnreferenced(JdbcTemplate jdbc, String code) {
    // every table with a foreign key to street: forms, figures, cases, findings, accounts, and
    // whatever later migrations add
    List<Map<String, Object>> references =
        jdbc.queryForList(
            "SELECT DISTINCT table_name, constraint_column_names[1] AS column_name"
                + " FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY'"
                + " AND referenced_table = 'street' AND table_name <> 'street_alias'");
    for (Map<String, Object> reference : references) {
      String table = (String) reference.get("table_name");
      Long n =
          jdbc.queryForObject(
              "SELECT count(*) FROM \""
                  + table
                  + "\" WHERE \""
                  + reference.get("column_name")
                  + "\" = ?",
              Long.class,
              code);
      if (n != null && n > 0) {
        throw new IllegalStateException(
            "街镇字典文件 " + file + " 没有列出街镇 " + code + "，但仓库中已有它的数据（" + table + "）：不能删除，请把它保留在字典文件中");
      }
    }
  }

  private boolean sameAs(JdbcTemplate jdbc) {
    Map<String, Row> current = current(jdbc);
    if (current.size() != rows.size()) {
      return false;
    }
    for (Row row : current.values()) {
      Row wanted = rows.get(row.code());
      if (wanted == null
          || !wanted.name().equals(row.name())
          || !wanted.kind().equals(row.kind())
          || wanted.sortOrder() != row.sortOrder()
          || !Set.copyOf(wanted.aliases()).equals(Set.copyOf(row.aliases()))) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Row> current(JdbcTemplate jdbc) {
    Map<String, Set<String>> aliases = new LinkedHashMap<>();
    jdbc.query(
        "SELECT alias, street_code FROM street_alias ORDER BY alias",
        rs -> {
          aliases.computeIfAbsent(rs.getString(2), c -> new LinkedHashSet<>()).add(rs.getString(1));
        });
    Map<String, Row> current = new LinkedHashMap<>();
    jdbc.query(
        "SELECT code, name, kind, sort_order FROM street ORDER BY sort_order",
        rs -> {
          current.put(
              rs.getString(1),
              new Row(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getInt(4),
                  aliases.getOrDefault(rs.getString(1), Set.of())));
        });
    return current;
  }
}
