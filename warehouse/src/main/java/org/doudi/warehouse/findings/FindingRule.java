package org.doudi.warehouse.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule of {@code sql/findings/}: its name (the file's name, which is also the {@code rule} of
 * every row it produces), its query, and the relations and columns it needs ({@code -- requires:
 * complaint_ledger(case_no, overdue), other_view}) so that a rule over a view another feature
 * creates is skipped, rather than failing the whole recomputation, while that view is absent or
 * lacks a column.
 *
 * @param name the rule, e.g. {@code discipline_mismatch}
 * @param sql the query, producing (period, street_code, rule, metric, street_value, other_value,
 *     severity, message)
 * @param requires relations ({@code complaint_ledger}) and columns ({@code
 *     complaint_ledger.overdue}) that must exist for the rule to run
 */
record FindingRule(String name, String sql, List<String> requires) {

  private static final Pattern REQUIRES =
      Pattern.compile("^--\\s*requires:\\s*(.+)$", Pattern.MULTILINE);
  private static final Pattern RELATION = Pattern.compile("(\\w+)\\s*(?:\\(([^)]*)\\))?");

  /** Returns the rule of a file's name and text. */
  static FindingRule of(String fileName, String text) {
    String name = fileName.replaceFirst("\\.sql$", "");
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
    return new FindingRule(name, sql, List.copyOf(requires));
  }
}
