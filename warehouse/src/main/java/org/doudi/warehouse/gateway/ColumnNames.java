package org.doudi.warehouse.gateway;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Gives unnamed result columns the text the person wrote: {@code count(*)} is headed {@code
 * count(*)}, never Calcite's {@code EXPR$0}.
 */
final class ColumnNames {

  private static final int LONGEST = 60;

  private ColumnNames() {}

  /**
   * Returns {@code names} with each {@code EXPR$n} replaced by the text of the matching select item
   * of {@code query} (parsed from {@code sql}); other names are kept.
   */
  static List<String> readable(List<String> names, SqlNode query, String sql) {
    SqlNodeList items = selectList(query);
    List<String> out = new ArrayList<>(names);
    if (items == null || items.size() != names.size()) {
      return out;
    }
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).startsWith("EXPR$")) {
        String text = text(items.get(i), sql);
        if (text != null) {
          out.set(i, text);
        }
      }
    }
    return out;
  }

  /** Returns the select list that names the result: the outer SELECT's, or a set's first. */
  private static SqlNodeList selectList(SqlNode node) {
    if (node instanceof SqlOrderBy orderBy) {
      return selectList(orderBy.query);
    }
    if (node instanceof SqlWith with) {
      return selectList(with.body);
    }
    if (node instanceof SqlSelect select) {
      for (SqlNode item : select.getSelectList()) {
        if (item instanceof SqlIdentifier id && id.isStar()) {
          return null;
        }
      }
      return select.getSelectList();
    }
    if (node instanceof SqlCall call && node.isA(SqlKind.SET_QUERY)) {
      return selectList(call.operand(0));
    }
    return null;
  }

  private static String text(SqlNode item, String sql) {
    SqlParserPos pos = item.getParserPosition();
    int start = offset(sql, pos.getLineNum(), pos.getColumnNum());
    int end = offset(sql, pos.getEndLineNum(), pos.getEndColumnNum());
    if (start < 0 || end < start || end >= sql.length()) {
      return null;
    }
    String text = sql.substring(start, end + 1).strip().replaceAll("\\s+", " ");
    return text.length() > LONGEST ? text.substring(0, LONGEST - 1) + "…" : text;
  }

  /** Returns the index of a 1-based line and column in {@code sql}, or -1. */
  private static int offset(String sql, int line, int column) {
    if (line < 1 || column < 1) {
      return -1;
    }
    int index = 0;
    for (int l = 1; l < line; l++) {
      index = sql.indexOf('\n', index) + 1;
      if (index == 0) {
        return -1;
      }
    }
    return index + column - 1;
  }
}
