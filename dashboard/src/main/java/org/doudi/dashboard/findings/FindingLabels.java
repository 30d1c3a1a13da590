package org.doudi.dashboard.findings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Chinese names of the findings' rules, severities and statuses, in one place for every page.
 */
public final class FindingLabels {

  /** The rules the checks apply, as stored in {@code finding.rule}, with their Chinese names. */
  public static final Map<String, String> RULES = new LinkedHashMap<>();

  /** The severities, highest first. */
  public static final Map<String, String> SEVERITIES = new LinkedHashMap<>();

  /** What a rule's two figures mean, in its own words: {street value, compared value}. */
  private static final Map<String, String[]> FIGURES = new LinkedHashMap<>();

  /** Where the work team is with a finding. */
  public static final Map<String, String> STATUSES = new LinkedHashMap<>();

  static {
    RULES.put("discipline_mismatch", "与纪检数据不一致");
    RULES.put("resolved_exceeds_total", "已处置数超过总数");
    RULES.put("recovered_without_removal", "有追回资金但无清退人数");
    RULES.put("petitions_vs_log", "信访数与台账不符");
    RULES.put("late_submission", "迟报");
    RULES.put("missing_submission", "漏报");
    RULES.put("overdue_complaint", "实名投诉举报超期未核实");
    RULES.put("registry_mismatch", "统计表与登记表不符");
    RULES.put("custody_without_consent", "未经同意代管卡折");
    RULES.put("custody_not_filed", "卡折代管未报区备案");
    RULES.put("relative_file_not_separate", "近亲属档案未单独存放");
    RULES.put("custody_conflict_of_interest", "工作人员代管近亲属卡折");
    RULES.put("rectification_overdue", "整改逾期未销号");
    RULES.put("removal_list_mismatch", "统计表与清退名单不符");
    RULES.put("paid_after_removal", "清退后仍发放");
    RULES.put("payee_not_recipient", "人卡不一致");
    RULES.put("double_payment", "重复发放");
    RULES.put("outlier_yuan_per_person", "人均追回资金异常");
    RULES.put("outlier_clue_resolution", "线索办结率异常");
    RULES.put("outlier_history_jump", "数值较本街镇以往突增");
    FIGURES.put("discipline_mismatch", new String[] {"统计表填报", "报送纪检监察机关"});
    FIGURES.put("resolved_exceeds_total", new String[] {"已处置（办结）数", "总数"});
    FIGURES.put("recovered_without_removal", new String[] {"追回资金（元）", "清退人数"});
    FIGURES.put("petitions_vs_log", new String[] {"统计表填报信访件数", "信访台账当月受理件数"});
    FIGURES.put("late_submission", new String[] {"迟报天数", null});
    FIGURES.put("missing_submission", new String[] {"已过截止日天数", null});
    FIGURES.put("overdue_complaint", new String[] {"超期未核实件数", "最长已受理天数"});
    FIGURES.put("outlier_yuan_per_person", new String[] {"人均追回资金（元）", "各街镇中位数（元）"});
    FIGURES.put("outlier_clue_resolution", new String[] {"线索办结率（%）", "各街镇中位数（%）"});
    FIGURES.put("outlier_history_jump", new String[] {"本期数值", "本街镇此前 6 期中位数"});
    FIGURES.put("registry_mismatch", new String[] {"统计表填报数", "登记表当月条数"});
    FIGURES.put("custody_without_consent", new String[] {"未经本人同意代管案数", null});
    FIGURES.put("custody_not_filed", new String[] {"未报区备案案数", "最长已登记天数"});
    FIGURES.put("relative_file_not_separate", new String[] {"档案未单独存放件数", null});
    FIGURES.put("custody_conflict_of_interest", new String[] {"代管所备案近亲属卡折案数", null});
    FIGURES.put("rectification_overdue", new String[] {"逾期未销号事项数", "最长逾期天数"});
    FIGURES.put("removal_list_mismatch", new String[] {"统计表填报数", "清退名单合计"});
    FIGURES.put("paid_after_removal", new String[] {"清退后仍发放金额（元）", "涉及人数"});
    FIGURES.put("payee_not_recipient", new String[] {"发放给非本人金额（元）", "发放笔数"});
    FIGURES.put("double_payment", new String[] {"重复发放金额（元）", "涉及人数"});
    SEVERITIES.put("high", "高");
    SEVERITIES.put("medium", "中");
    SEVERITIES.put("low", "低");
    STATUSES.put("open", "待处理");
    STATUSES.put("explained", "已说明");
    STATUSES.put("corrected", "已更正");
    STATUSES.put("closed", "已关闭");
  }

  private FindingLabels() {}

  /** Returns a rule's Chinese name; outliers (outlier_…) read 统计异常值. */
  public static String rule(String rule) {
    if (rule == null) {
      return "";
    }
    if (rule.startsWith("outlier_")) {
      return RULES.getOrDefault(rule, "统计异常值");
    }
    return RULES.getOrDefault(rule, rule);
  }

  /**
   * Returns what a rule's figures are called: the street's value first, then the value it was
   * compared with (null where the rule compares with nothing).
   */
  public static String[] figureNames(String rule) {
    String[] names = FIGURES.get(rule);
    return names != null ? names : new String[] {"街镇数值", "对照数值"};
  }

  /** Returns whether a rule says in its own words what its two figures are. */
  static boolean namesItsFigures(String rule) {
    return FIGURES.containsKey(rule);
  }

  /** Returns a severity's Chinese name. */
  public static String severity(String severity) {
    return SEVERITIES.getOrDefault(severity, severity);
  }

  /** Returns a status's Chinese name. */
  public static String status(String status) {
    return STATUSES.getOrDefault(status, status);
  }
}
