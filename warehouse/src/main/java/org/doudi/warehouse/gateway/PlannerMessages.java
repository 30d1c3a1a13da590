package org.doudi.warehouse.gateway;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in Chinese why Calcite would not take a statement: its validator's English messages (an
 * unknown view, column or function, a column not grouped…) and the planner's own failures (an
 * {@link AssertionError} for what it cannot translate to DuckDB, a stack overflow on a huge
 * expression). The English original follows in brackets where it helps a person who searches for
 * it.
 */
final class PlannerMessages {

  private static final Pattern NOT_FOUND = Pattern.compile("(?:Object|Table) '([^']+)' not found");
  private static final Pattern NO_FUNCTION =
      Pattern.compile("No match found for function signature ([^(]+)\\(");
  private static final Pattern NO_COLUMN = Pattern.compile("Column '([^']+)' not found");
  private static final Pattern UNKNOWN_FUNCTION = Pattern.compile("Function '([^']+)' ");
  private static final Pattern FLOOR_UNIT =
      Pattern.compile("does not support (FLOOR|CEIL) for time unit: (\\w+)");

  /** Known validator messages, each with the Chinese sentence that replaces it ($1… = groups). */
  private static final Map<Pattern, String> VALIDATOR =
      Map.ofEntries(
          Map.entry(
              Pattern.compile("The definition of column '([^']+)' depends on itself"),
              "列“$1”的定义引用了它自己：同一 SELECT 中的别名不能在定义它的表达式里使用，请换一个别名或用 WITH 分两步写。"),
          Map.entry(
              Pattern.compile("Non-query expression encountered in illegal context"),
              "此处需要一条查询（SELECT），却是一个表达式：例如 IN (…) 或 FROM 后应写子查询或值列表。"),
          Map.entry(
              Pattern.compile("Expression '([^']+)' is not being grouped"),
              "表达式 $1 既不在 GROUP BY 中，也不在聚合函数（count、sum…）里：请把它加入 GROUP BY 或放入聚合函数。"),
          Map.entry(
              Pattern.compile("Column '([^']+)' is ambiguous"), "列“$1”在多个视图中都有，不知道指哪一个：请写成 别名.$1。"),
          Map.entry(
              Pattern.compile("Cannot apply '([^']+)' to arguments of type '([^']*)'"),
              "$1 不能用于这些类型的参数（$2）：请用 CAST 把参数转换为合适的类型。"),
          Map.entry(
              Pattern.compile("Aggregate expression is illegal in (WHERE|GROUP BY) clause"),
              "$1 中不能使用聚合函数：对聚合结果的筛选请写在 HAVING 中。"),
          Map.entry(
              Pattern.compile("Column count mismatch in (UNION|INTERSECT|EXCEPT)"),
              "$1 两侧查询的列数不同：请让两边选出同样多的列。"),
          Map.entry(
              Pattern.compile("Type mismatch in column (\\d+) of (UNION|INTERSECT|EXCEPT)"),
              "$2 两侧第 $1 列的类型不同：请用 CAST 统一类型。"),
          Map.entry(
              Pattern.compile("Illegal use of 'NULL'"),
              "不能直接使用 NULL：请写成 CAST(NULL AS 类型)，例如 CAST(NULL AS VARCHAR)。"),
          Map.entry(
              Pattern.compile("Windowed aggregate expression is illegal in (\\w+) clause"),
              "$1 中不能使用窗口函数（OVER）：请先在 WITH 子查询中算出，再在外层筛选。"),
          Map.entry(
              Pattern.compile("Invalid number of arguments to function '([^']+)'"),
              "函数 $1 的参数个数不对。"),
          Map.entry(
              Pattern.compile("Unknown identifier '([^']+)'"),
              "无法识别的名称“$1”：请检查拼写，或在左侧视图说明中查看可用的列。"),
          Map.entry(
              Pattern.compile("Duplicate (?:relation|table alias) name '([^']+)'"),
              "别名“$1”在 FROM 中出现了两次：请给每个视图起不同的别名。"));

  private PlannerMessages() {}

  /** Returns the refusal for a statement the validator did not accept. */
  static String ofValidation(Throwable e, List<String> views) {
    String message = rootMessage(e);
    Matcher table = NOT_FOUND.matcher(message);
    if (table.find()) {
      return "不能查询“"
          + table.group(1)
          + "”：自助查询只开放分析视图 "
          + String.join("、", views)
          + "；原始表、系统目录、其他数据库和文件都不可访问。";
    }
    Matcher function = NO_FUNCTION.matcher(message);
    if (function.find()) {
      return "不支持函数 "
          + function.group(1).strip()
          + "：自助查询只能使用标准 SQL 函数（如 count、sum、avg、extract、cast、coalesce），"
          + "不能调用读取文件、表函数或数据库目录函数。";
    }
    Matcher column = NO_COLUMN.matcher(message);
    if (column.find()) {
      return "列“" + column.group(1) + "”不存在：请在左侧视图说明中查看可用的列。";
    }
    Matcher unknown = UNKNOWN_FUNCTION.matcher(message);
    if (unknown.find()) {
      return "不支持函数 " + unknown.group(1) + "：自助查询只能使用标准 SQL 函数。";
    }
    String known = translated(message);
    return known != null ? "查询未通过校验：" + known : "查询未通过校验（" + message + "）。请对照左侧视图说明检查列名、类型和写法。";
  }

  /** Returns the refusal for a planner failure: an exception or an {@link Error}. */
  static String ofFailure(Throwable e) {
    if (e instanceof StackOverflowError) {
      return "查询的表达式过长或嵌套过深（例如上千项相加），无法分析：请简化表达式，或分几步查询。";
    }
    if (e instanceof OutOfMemoryError) {
      return "分析这条查询所需的内存超过了限制：请简化查询。";
    }
    String message = rootMessage(e);
    Matcher floor = FLOOR_UNIT.matcher(message);
    if (floor.find()) {
      return "不支持按“"
          + unitWord(floor.group(2))
          + "”取整（"
          + floor.group(1)
          + " … TO "
          + floor.group(2)
          + "）：请改用 EXTRACT，例如 EXTRACT(YEAR FROM received_date) 与 EXTRACT("
          + floor.group(2)
          + " FROM received_date) 分组。";
    }
    if (message.contains("RepeatUnion")) {
      return "自助查询不支持递归查询（WITH RECURSIVE）。";
    }
    String known = translated(message);
    if (known != null) {
      return "查询未通过校验：" + known;
    }
    return "这条查询无法转换为 DuckDB 可执行的 SQL（"
        + e.getClass().getSimpleName()
        + "："
        + message
        + "）。请改写或简化查询，例如少用嵌套子查询。";
  }

  private static String translated(String message) {
    for (Map.Entry<Pattern, String> entry : VALIDATOR.entrySet()) {
      Matcher matcher = entry.getKey().matcher(message);
      if (matcher.find()) {
        return entry.getKey().matcher(matcher.group()).replaceFirst(entry.getValue());
      }
    }
    return null;
  }

  private static String unitWord(String unit) {
    return switch (unit) {
      case "QUARTER" -> "季度";
      case "WEEK" -> "周";
      case "MONTH" -> "月";
      case "YEAR" -> "年";
      case "DAY" -> "日";
      default -> unit;
    };
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.strip();
  }
}
