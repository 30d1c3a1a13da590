-- outlier_yuan_per_person: recovered yuan per removed person (four kinds summed: 追回资金 / 清退人数),
-- compared across the streets of one period by the robust z-score of street_outlier_score
-- (sql/views/finding_support.sql). A street is an outlier when |z| > 3.5 (Iglewicz & Hoaglin),
-- among at least 5 streets with someone removed, and at least 50% away from the median (so that a
-- street a little off among streets that all report the same figure, where MAD is 0, is no
-- outlier). Worth a look, not an error: severity low, medium when |z| > 7.
SELECT
    period,
    street_code,
    'outlier_yuan_per_person' AS rule,
    NULL AS metric,
    round(value, 2) AS street_value,
    round(med, 2) AS other_value,
    CASE WHEN abs(z) > 7 THEN 'medium' ELSE 'low' END AS severity,
    street_name || ' ' || period_label(period) || ' 人均追回资金 ' || figure_text(value, 'yuan')
        || '/人，' || CASE WHEN value > med THEN '远高于' ELSE '远低于' END
        || '各街镇中位数 ' || figure_text(med, 'yuan') || '/人（稳健 z 值 ' || printf('%.1f', z) || '），值得关注' AS message
FROM street_outlier_score
WHERE measure = 'yuan_per_person'
  AND period IN (SELECT period FROM findings_scope)
  AND streets >= 5
  AND abs(z) > 3.5
  AND abs(value - med) >= 0.5 * med
