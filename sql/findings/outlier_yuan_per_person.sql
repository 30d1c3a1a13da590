-- outlier_yuan_per_person: recovered yuan per removed person (four kinds summed: 追回资金 / 清退人数),
-- compared across the streets of one period by a robust z-score:
--   z = (x - median) / (1.4826 * MAD), MAD = median |x - median|,
--   where MAD is 0, (x - median) / (1.2533 * mean |x - median|) instead.
-- A street is an outlier when |z| > 3.5 (Iglewicz & Hoaglin), among at least 5 streets with
-- someone removed, and at least 50% away from the median (so that a street a little off among
-- streets that all report the same figure, where MAD is 0, is no outlier).
-- Worth a look, not an error: severity low, medium when |z| > 7.
WITH x AS (
    SELECT period, street_code, street_name,
        (renqing_recovered_yuan + guanxi_recovered_yuan + zhengce_recovered_yuan + sanwu_recovered_yuan)
            / (renqing_removed + guanxi_removed + zhengce_removed + sanwu_removed) AS value
    FROM street_report
    WHERE period IN (SELECT period FROM findings_scope)
      AND renqing_removed + guanxi_removed + zhengce_removed + sanwu_removed > 0
),
centre AS (
    SELECT period, median(value) AS med, count(*) AS streets FROM x GROUP BY period
),
spread AS (
    SELECT x.period, median(abs(x.value - c.med)) AS mad, avg(abs(x.value - c.med)) AS meanad
    FROM x JOIN centre c USING (period) GROUP BY x.period
),
scored AS (
    SELECT x.*, c.med,
        CASE
            WHEN s.mad > 0 THEN (x.value - c.med) / (1.4826 * s.mad)
            WHEN s.meanad > 0 THEN (x.value - c.med) / (1.2533 * s.meanad)
        END AS z
    FROM x JOIN centre c USING (period) JOIN spread s USING (period)
    WHERE c.streets >= 5
)
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
FROM scored
WHERE abs(z) > 3.5
  AND abs(value - med) >= 0.5 * med
