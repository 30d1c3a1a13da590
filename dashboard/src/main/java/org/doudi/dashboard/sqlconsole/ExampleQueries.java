package org.doudi.dashboard.sqlconsole;

import java.util.List;

/** Questions of the campaign that the console offers as ready-made queries to start from. */
final class ExampleQueries {

  /**
   * An example.
   *
   * @param title the question, in Chinese
   * @param sql the query answering it
   */
  record Example(String title, String sql) {}

  static final List<Example> ALL =
      List.of(
          new Example(
              "问题线索处置率连续两个月下降的街镇",
              """
              WITH rate AS (
                SELECT period, street_code, street_name,
                       CAST(clues_resolved AS DOUBLE) / NULLIF(clues_total, 0) AS resolve_rate
                FROM street_report
              ), trend AS (
                SELECT period, street_code, street_name, resolve_rate,
                       LAG(resolve_rate, 1) OVER (PARTITION BY street_code ORDER BY period) AS prev1,
                       LAG(resolve_rate, 2) OVER (PARTITION BY street_code ORDER BY period) AS prev2
                FROM rate
              )
              SELECT period, street_name, prev2, prev1, resolve_rate
              FROM trend
              WHERE resolve_rate < prev1 AND prev1 < prev2
              ORDER BY period, street_name"""),
          new Example(
              "街镇统计表与报送纪检监察机关数据不一致的指标",
              """
              SELECT s.period, s.street_name,
                     s.renqing_removed, d.renqing_removed AS d_renqing_removed,
                     s.guanxi_recovered_yuan, d.guanxi_recovered_yuan AS d_guanxi_recovered_yuan,
                     s.clues_resolved, d.clues_resolved AS d_clues_resolved,
                     s.petitions_handled, d.petitions_handled AS d_petitions_handled
              FROM street_report s
              JOIN discipline_report d ON d.period = s.period AND d.street_code = s.street_code
              WHERE s.renqing_removed <> d.renqing_removed
                 OR s.guanxi_recovered_yuan <> d.guanxi_recovered_yuan
                 OR s.clues_resolved <> d.clues_resolved
                 OR s.petitions_handled <> d.petitions_handled
              ORDER BY s.period, s.street_name"""),
          new Example(
              "各街镇信访台账件数与统计表信访事项数对比",
              """
              WITH log_cases AS (
                SELECT period, street_code, COUNT(*) AS log_cases
                FROM petition
                GROUP BY period, street_code
              )
              SELECT r.period, r.street_name, r.petitions_handled AS form_figure,
                     COALESCE(l.log_cases, 0) AS log_cases,
                     r.petitions_handled - COALESCE(l.log_cases, 0) AS gap
              FROM street_report r
              LEFT JOIN log_cases l ON l.period = r.period AND l.street_code = r.street_code
              ORDER BY ABS(r.petitions_handled - COALESCE(l.log_cases, 0)) DESC, r.period"""),
          new Example(
              "实名投诉举报按街镇、月份统计及处置到位率",
              """
              SELECT period, street_name, COUNT(*) AS real_name_complaints,
                     SUM(CASE WHEN resolved THEN 1 ELSE 0 END) AS resolved,
                     ROUND(100.0 * SUM(CASE WHEN resolved THEN 1 ELSE 0 END) / COUNT(*), 1) AS resolved_pct
              FROM petition
              WHERE real_name AND category = '投诉举报'
              GROUP BY period, street_name
              ORDER BY period, street_name"""),
          new Example(
              "全区每月清退人数与追回资金",
              """
              SELECT period, streets_reported,
                     renqing_removed + guanxi_removed + zhengce_removed + sanwu_removed AS removed,
                     renqing_recovered_yuan + guanxi_recovered_yuan + zhengce_recovered_yuan
                       + sanwu_recovered_yuan AS recovered_yuan
              FROM district_month
              ORDER BY period"""),
          new Example(
              "高严重度的核查发现",
              """
              SELECT period, street_name, rule, metric, street_value, other_value, message
              FROM finding
              WHERE severity = 'high'
              ORDER BY period DESC, street_name"""));

  private ExampleQueries() {}
}
