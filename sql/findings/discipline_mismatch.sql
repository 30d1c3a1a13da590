-- discipline_mismatch: a street's figures must equal those it reported to the district discipline
-- inspection commission (统计表 note 2). One finding per figure that differs; one finding without a
-- figure (metric null) where a street has a form but no discipline row, or the reverse, for a period
-- whose other side has been loaded for at least one street.
--
-- Severity by the size of the gap (gap = |street - discipline|, relative = gap / larger value):
--   counts: high when gap >= 5, or gap >= 2 and relative >= 50%; medium when gap >= 2 or
--           relative >= 20%; low otherwise (e.g. 30 vs 31).
--   yuan:   high when gap >= 10,000, or gap >= 1,000 and relative >= 50%; medium when
--           gap >= 1,000 or relative >= 10%; low otherwise.
--   one side missing: medium.
WITH s AS (
    SELECT * FROM street_report_long WHERE period IN (SELECT period FROM findings_scope)
),
d AS (
    SELECT * FROM discipline_report_long WHERE period IN (SELECT period FROM findings_scope)
),
differing AS (
    SELECT s.period, s.street_code, s.metric, s.value AS street_value, d.value AS other_value,
        abs(s.value - d.value) AS gap,
        abs(s.value - d.value) / greatest(abs(s.value), abs(d.value)) AS relative
    FROM s
    JOIN d USING (period, street_code, metric)
    WHERE s.value <> d.value
),
form_periods AS (SELECT DISTINCT period FROM street_report),
discipline_periods AS (SELECT DISTINCT period FROM discipline_report)
SELECT
    x.period,
    x.street_code,
    'discipline_mismatch' AS rule,
    x.metric,
    x.street_value,
    x.other_value,
    CASE
        WHEN c.kind = 'count' AND (x.gap >= 5 OR (x.gap >= 2 AND x.relative >= 0.5)) THEN 'high'
        WHEN c.kind = 'count' AND (x.gap >= 2 OR x.relative >= 0.2) THEN 'medium'
        WHEN c.kind = 'yuan' AND (x.gap >= 10000 OR (x.gap >= 1000 AND x.relative >= 0.5)) THEN 'high'
        WHEN c.kind = 'yuan' AND (x.gap >= 1000 OR x.relative >= 0.1) THEN 'medium'
        ELSE 'low'
    END AS severity,
    st.name || ' ' || period_label(x.period) || ' ' || c.caption
        || '：街镇报送 ' || figure_text(x.street_value, c.kind)
        || '，纪委监委报送 ' || figure_text(x.other_value, c.kind) AS message
FROM differing x
JOIN metric_caption c USING (metric)
JOIN street st ON st.code = x.street_code

UNION ALL

SELECT
    r.period, r.street_code, 'discipline_mismatch', NULL, NULL, NULL, 'medium',
    r.street_name || ' ' || period_label(r.period)
        || ' 已报送统计表，但没有该街镇本期报送纪委监委的数据，无法核对'
FROM street_report r
WHERE r.period IN (SELECT period FROM findings_scope)
  AND r.period IN (SELECT period FROM discipline_periods)
  AND NOT EXISTS (
      SELECT 1 FROM discipline_report d WHERE d.period = r.period AND d.street_code = r.street_code)

UNION ALL

SELECT
    d.period, d.street_code, 'discipline_mismatch', NULL, NULL, NULL, 'medium',
    d.street_name || ' ' || period_label(d.period)
        || ' 已向纪委监委报送数据，但没有该街镇本期的统计表，无法核对'
FROM discipline_report d
WHERE d.period IN (SELECT period FROM findings_scope)
  AND d.period IN (SELECT period FROM form_periods)
  AND NOT EXISTS (
      SELECT 1 FROM street_report r WHERE r.period = d.period AND r.street_code = d.street_code)
