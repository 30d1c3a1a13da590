package org.doudi.warehouse.gateway;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.babel.SqlBabelParserImpl;
import org.apache.calcite.sql.validate.SqlConformanceEnum;

/**
 * The first gate: Calcite's Babel parser must read exactly one statement and it must be a query.
 * Everything the parser does not accept is refused here; the Chinese message names what was sent
 * (COPY, ATTACH, several statements...) so the person knows why.
 */
final class StatementGuard {

  /**
   * Babel reads {@code period} and the other contract names unquoted; names keep their case and
   * match regardless of it; identifiers may be quoted with double quotes as in DuckDB.
   */
  static final SqlParser.Config PARSER =
      SqlParser.config()
          .withParserFactory(SqlBabelParserImpl.FACTORY)
          .withQuoting(Quoting.DOUBLE_QUOTE)
          .withQuotedCasing(Casing.UNCHANGED)
          .withUnquotedCasing(Casing.UNCHANGED)
          .withCaseSensitive(false)
          .withConformance(SqlConformanceEnum.BABEL);

  private static final Pattern LEADING_NOISE =
      Pattern.compile("\\A(?:\\s+|--[^\\n]*(?:\\n|\\z)|/\\*.*?\\*/|\\(|;)*", Pattern.DOTALL);
  private static final Pattern FIRST_WORD = Pattern.compile("\\A([A-Za-z_]+)");
  private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

  private static final Map<String, String> STATEMENT_PURPOSE =
      Map.ofEntries(
          Map.entry("COPY", "导入或导出文件"),
          Map.entry("ATTACH", "挂载其他数据库"),
          Map.entry("DETACH", "卸载数据库"),
          Map.entry("INSTALL", "安装扩展"),
          Map.entry("LOAD", "加载扩展"),
          Map.entry("FORCE", "安装扩展"),
          Map.entry("PRAGMA", "修改或查看数据库设置"),
          Map.entry("SET", "修改设置"),
          Map.entry("RESET", "修改设置"),
          Map.entry("CREATE", "创建对象"),
          Map.entry("DROP", "删除对象"),
          Map.entry("ALTER", "修改结构"),
          Map.entry("INSERT", "写入数据"),
          Map.entry("UPDATE", "修改数据"),
          Map.entry("DELETE", "删除数据"),
          Map.entry("MERGE", "修改数据"),
          Map.entry("UPSERT", "修改数据"),
          Map.entry("TRUNCATE", "清空数据"),
          Map.entry("CALL", "调用过程或表函数"),
          Map.entry("EXECUTE", "执行预备语句"),
          Map.entry("PREPARE", "定义预备语句"),
          Map.entry("DEALLOCATE", "释放预备语句"),
          Map.entry("EXPORT", "导出数据库"),
          Map.entry("IMPORT", "导入数据库"),
          Map.entry("USE", "切换数据库"),
          Map.entry("CHECKPOINT", "写检查点"),
          Map.entry("VACUUM", "整理数据库"),
          Map.entry("ANALYZE", "收集统计信息"),
          Map.entry("BEGIN", "事务控制"),
          Map.entry("START", "事务控制"),
          Map.entry("COMMIT", "事务控制"),
          Map.entry("ROLLBACK", "事务控制"),
          Map.entry("ABORT", "事务控制"),
          Map.entry("GRANT", "授权"),
          Map.entry("REVOKE", "授权"),
          Map.entry("COMMENT", "修改注释"),
          Map.entry("DESCRIBE", "查看表结构（请用左侧的视图与列说明）"),
          Map.entry("SHOW", "查看目录（请用左侧的视图与列说明）"),
          Map.entry("SUMMARIZE", "汇总表内容"),
          Map.entry("EXPLAIN", "查看执行计划（请用“执行计划”按钮）"));

  private StatementGuard() {}

  /** Returns the one query statement of {@code sql}, or throws a refusal saying why not. */
  static SqlNode singleQuery(String sql) {
    if (sql == null || sql.isBlank()) {
      throw new QueryRefusedException("请输入一条查询语句（SELECT 或 WITH）。");
    }
    String keyword = leadingKeyword(sql);
    SqlNodeList statements;
    try {
      statements = SqlParser.create(sql, PARSER).parseStmtList();
    } catch (SqlParseException e) {
      if (STATEMENT_PURPOSE.containsKey(keyword)) {
        throw refusedStatement(keyword);
      }
      throw new QueryRefusedException(syntaxError(e), false, e);
    }
    if (statements.isEmpty()) {
      throw new QueryRefusedException("请输入一条查询语句（SELECT 或 WITH）。");
    }
    if (statements.size() > 1) {
      throw new QueryRefusedException("一次只能执行一条查询，收到了 " + statements.size() + " 条语句（以分号分隔）。");
    }
    SqlNode statement = statements.get(0);
    if (statement.getKind() == SqlKind.EXPLAIN || !statement.isA(SqlKind.QUERY)) {
      String named =
          STATEMENT_PURPOSE.containsKey(keyword)
              ? keyword
              : statement.getKind().name().replace('_', ' ');
      throw refusedStatement(named);
    }
    return statement;
  }

  private static QueryRefusedException refusedStatement(String keyword) {
    String purpose = STATEMENT_PURPOSE.getOrDefault(keyword, "非查询操作");
    return new QueryRefusedException(
        "自助查询只允许一条只读查询（SELECT 或 WITH），不允许 " + keyword + " 语句（" + purpose + "）。");
  }

  /** Returns the statement's first word in upper case, past comments, parentheses and blanks. */
  static String leadingKeyword(String sql) {
    Matcher noise = LEADING_NOISE.matcher(sql);
    String rest = noise.find() ? sql.substring(noise.end()) : sql;
    Matcher word = FIRST_WORD.matcher(rest);
    return word.find() ? word.group(1).toUpperCase(Locale.ROOT) : "";
  }

  private static String syntaxError(SqlParseException e) {
    String message = String.valueOf(e.getMessage());
    int expecting = message.indexOf("Was expecting");
    if (expecting > 0) {
      message = message.substring(0, expecting);
    }
    message = message.strip().replaceAll("\\s+", " ");
    Matcher at = POSITION.matcher(message);
    String where = at.find() ? "（第 " + at.group(1) + " 行第 " + at.group(2) + " 列）" : "";
    return "SQL 语法错误" + where + "：" + message + "。自助查询只接受一条标准 SQL 查询（SELECT 或 WITH）。";
  }
}
