-- outlier_clue_resolution: the share of clues handled to completion (clues_resolved / clues_total),
-- compared across the streets of one period by a robust z-score:
--   z = (x - median) / (1.4826 * MAD), MAD = median |x - median|,
--   where MAD is 0, (x - median) / (1.2533 * mean |x - median|) instead.
-- A street is an outlier when |z| > 3.5 and its rate is at least 20 percentage points from the
-- median, among at least 5 streets with clues. Forms with more resolved than clues are left out
-- (resolved_exceeds_total finds them). Worth a look, not an error: severity low, medium when
-- |z| > 7. Values are percentages.
WITH x AS (
    SELECT period, street_code, street_name,
        100.0 * clues_resolved / clues_total AS value
    FROM street_report
    WHERE period IN (SELECT period FROM findings_scope)
      AND clues_total > 0
      AND clues_resolved <= clues_total
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
    'outlier_clue_resolution' AS rule,
    NULL AS metric,
    round(value, 2) AS street_value,
    round(med, 2) AS other_value,
    CASE WHEN abs(z) > 7 THEN 'medium' ELSE 'low' END AS severity,
    street_name || ' ' || period_label(period) || ' 问题线索处置到位率 ' || printf('%.1f', value)
        || '%，' || CASE WHEN value > med THEN '远高于' ELSE '远低于' END
        || '各街镇中位数 ' || printf('%.1f', med) || '%（稳健 z 值 ' || printf('%.1f', z) || '），值得关注' AS message
FROM scored
WHERE abs(z) > 3.5
  AND abs(value - med) >= 20
