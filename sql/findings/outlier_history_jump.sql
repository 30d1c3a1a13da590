-- outlier_history_jump: a figure far above the street's own history: more than 3 times the median
-- of the street's previous 6 forms (at least 3 earlier forms, that median above 0), and at least
-- 5 (counts) or 5,000 yuan above it, so that small numbers do not make noise.
-- Worth a look, not an error: severity low, medium from 6 times the median.
WITH history AS (
    SELECT period, street_code, metric, value,
        median(value) OVER w AS trailing_median,
        count(value) OVER w AS earlier_forms
    FROM street_report_long
    WINDOW w AS (PARTITION BY street_code, metric ORDER BY period ROWS BETWEEN 6 PRECEDING AND 1 PRECEDING)
)
SELECT
    h.period,
    h.street_code,
    'outlier_history_jump' AS rule,
    h.metric,
    h.value AS street_value,
    h.trailing_median AS other_value,
    CASE WHEN h.value >= 6 * h.trailing_median THEN 'medium' ELSE 'low' END AS severity,
    st.name || ' ' || period_label(h.period) || ' ' || c.caption || ' ' || figure_text(h.value, c.kind)
        || '，是该街镇此前 ' || h.earlier_forms || ' 期中位数 ' || figure_text(h.trailing_median, c.kind)
        || ' 的 ' || printf('%.1f', h.value / h.trailing_median) || ' 倍，值得关注' AS message
FROM history h
JOIN metric_caption c USING (metric)
JOIN street st ON st.code = h.street_code
WHERE h.period IN (SELECT period FROM findings_scope)
  AND h.earlier_forms >= 3
  AND h.trailing_median > 0
  AND h.value > 3 * h.trailing_median
  AND h.value - h.trailing_median >= CASE WHEN c.kind = 'yuan' THEN 5000 ELSE 5 END
