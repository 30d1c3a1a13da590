package org.doudi.warehouse.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One source of {@code sql/export/}: its name (the file's name, also the folder it is written to),
 * its query (with a {@code period} column to partition by), and the relations and columns it needs
 * ({@code -- requires: removal(period)}), so that a source over a view not yet in this warehouse is
 * skipped rather than failing the export.
 *
 * @param name the source, e.g. {@code petition}
 * @param sql the query
 * @param requires relations ({@code removal}) and columns ({@code removal.period}) that must exist
 */
record ExportSource(String name, String sql, List<String> requires) {

  private static final Pattern REQUIRES =
      Pattern.compile("^--\\s*requires:\\s*(.+)$", Pattern.MULTILINE);
  private static final Pattern RELATION = Pattern.compile("(\\w+)\\s*(?:\\(([^)]*)\\))?");

  /** Returns the source of a file's name and text. */
  static ExportSource of(String fileName, String text) {
    List<String> requires = new ArrayList<>();
    Matcher matcher = REQUIRES.matcher(text);
    while (matcher.find()) {
      Matcher relation = RELATION.matcher(matcher.group(1));
      while (relation.find()) {
        requires.add(relation.group(1));
        if (relation.group(2) != null) {
          for (String column : relation.group(2).split(",")) {
            if (!column.isBlank()) {
              requires.add(relation.group(1) + "." + column.strip());
            }
          }
        }
      }
    }
    String sql = text.strip();
    while (sql.endsWith(";")) {
      sql = sql.substring(0, sql.length() - 1).strip();
    }
    return new ExportSource(fileName.replaceFirst("\\.sql$", ""), sql, List.copyOf(requires));
  }
}
