package org.doudi.warehouse.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule of {@code sql/findings/}: its name (the file's name, which is also the {@code rule} of
 * every row it produces), its query, and the relations it needs ({@code -- requires: a, b}) so that
 * a rule over a view another feature creates can be skipped while that view is absent.
 *
 * @param name the rule, e.g. {@code discipline_mismatch}
 * @param sql the query, producing (period, street_code, rule, metric, street_value, other_value,
 *     severity, message)
 * @param requires relations that must exist for the rule to run
 */
record FindingRule(String name, String sql, List<String> requires) {

  private static final Pattern REQUIRES =
      Pattern.compile("^--\\s*requires:\\s*(.+)$", Pattern.MULTILINE);

  /** Returns the rule of a file's name and text. */
  static FindingRule of(String fileName, String text) {
    String name = fileName.replaceFirst("\\.sql$", "");
    List<String> requires = new ArrayList<>();
    Matcher matcher = REQUIRES.matcher(text);
    while (matcher.find()) {
      for (String relation : matcher.group(1).split(",")) {
        if (!relation.isBlank()) {
          requires.add(relation.strip());
        }
      }
    }
    String sql = text.strip();
    while (sql.endsWith(";")) {
      sql = sql.substring(0, sql.length() - 1).strip();
    }
    return new FindingRule(name, sql, List.copyOf(requires));
  }
}
