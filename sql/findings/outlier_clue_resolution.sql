-- outlier_clue_resolution: the share of clues handled to completion (clues_resolved / clues_total),
-- compared across the streets of one period by the robust z-score of street_outlier_score
-- (sql/views/finding_support.sql). A street is an outlier when |z| > 3.5 and its rate is at least
-- 20 percentage points from the median, among at least 5 streets with clues. Forms with more
-- resolved than clues are left out (resolved_exceeds_total finds them). Worth a look, not an
-- error: severity low, medium when |z| > 7. Values are percentages.
SELECT
    period,
    street_code,
    'outlier_clue_resolution' AS rule,
    NULL AS metric,
    round(value, 2) AS street_value,
    round(med, 2) AS other_value,
    CASE WHEN abs(z) > 7 THEN 'medium' ELSE 'low' END AS severity,
    street_name || ' ' || period_label(period) || ' 问题线索处置到位率 ' || printf('%.1f', value)
        || '%，' || CASE WHEN value > med THEN '远高于' ELSE '远低于' END
        || '各街镇中位数 ' || printf('%.1f', med) || '%（稳健 z 值 ' || printf('%.1f', z) || '），值得关注' AS message
FROM street_outlier_score
WHERE measure = 'clue_resolution'
  AND period IN (SELECT period FROM findings_scope)
  AND streets >= 5
  AND abs(z) > 3.5
  AND abs(value - med) >= 20
