package org.doudi.warehouse.gateway;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Says in Chinese why DuckDB could not finish a query the gateway let through. */
final class DuckDbMessages {

  private static final Pattern CONVERSION =
      Pattern.compile("Conversion Error: (?:Could not convert|Unimplemented type for cast)[^\\n]*");
  private static final Pattern OUT_OF_MEMORY = Pattern.compile("Out of Memory Error");
  private static final Pattern OUT_OF_RANGE = Pattern.compile("Out of Range Error");
  private static final Pattern READ_ONLY =
      Pattern.compile(
          "read-only|read only|unsuccessful or closed pending query", Pattern.CASE_INSENSITIVE);

  private DuckDbMessages() {}

  /** Returns the Chinese reason, with DuckDB's own words in brackets for whoever searches them. */
  static String of(Throwable e) {
    String message = PlannerMessages.rootMessage(e);
    String first = message.lines().findFirst().orElse(message);
    if (CONVERSION.matcher(message).find()) {
      return "有值无法转换为所需的类型（" + first + "）：请检查 CAST 和比较两边的类型。";
    }
    if (OUT_OF_MEMORY.matcher(message).find()) {
      return "查询所需内存超过了仓库的内存上限：请增加筛选条件或先汇总。";
    }
    if (OUT_OF_RANGE.matcher(message).find()) {
      return "计算结果超出了数值范围（" + first + "）：请用 CAST(… AS DOUBLE) 或 DECIMAL 扩大范围。";
    }
    Matcher readOnly = READ_ONLY.matcher(message);
    if (readOnly.find()) {
      return "自助查询只能读取数据，DuckDB 拒绝了写入。";
    }
    return first;
  }
}
