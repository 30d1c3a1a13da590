-- petitions_vs_log: where a street has a form and the petition log holds cases received in that
-- month (any street), the form's 办理社会救助领域信访事项数 (petitions_handled) must equal the number
-- of the street's log cases received (受理日期) in that month.
--
-- Severity by the size of the gap (gap = |form - log|, relative = gap / larger value):
--   high when gap >= 10, or gap >= 3 and relative >= 50%; medium when gap >= 3 or
--   relative >= 20%; low otherwise.
WITH logged AS (
    -- cases per street and month of 受理日期, reading only the months asked for
    SELECT strftime(month, '%Y-%m') AS period, street_code, cases
    FROM (
        SELECT date_trunc('month', received_date) AS month, street_code, count(*) AS cases
        FROM petition_case
        WHERE received_date >= CAST((SELECT min(period) FROM findings_scope) || '-01' AS DATE)
          AND received_date < CAST((SELECT max(period) FROM findings_scope) || '-01' AS DATE) + INTERVAL 1 MONTH
        GROUP BY ALL
    )
    WHERE strftime(month, '%Y-%m') IN (SELECT period FROM findings_scope)
),
logged_periods AS (SELECT DISTINCT period FROM logged),
compared AS (
    SELECT r.period, r.street_code, r.street_name,
        r.petitions_handled AS street_value,
        coalesce(l.cases, 0) AS other_value,
        abs(r.petitions_handled - coalesce(l.cases, 0)) AS gap
    FROM street_report r
    JOIN logged_periods p USING (period)
    LEFT JOIN logged l USING (period, street_code)
)
SELECT
    x.period,
    x.street_code,
    'petitions_vs_log' AS rule,
    'petitions_handled' AS metric,
    x.street_value,
    x.other_value,
    CASE
        WHEN x.gap >= 10 OR (x.gap >= 3 AND x.gap >= 0.5 * greatest(x.street_value, x.other_value)) THEN 'high'
        WHEN x.gap >= 3 OR x.gap >= 0.2 * greatest(x.street_value, x.other_value) THEN 'medium'
        ELSE 'low'
    END AS severity,
    x.street_name || ' ' || period_label(x.period) || ' ' || c.caption
        || '：统计表填报 ' || figure_text(x.street_value, c.kind)
        || '，信访台账当月受理 ' || figure_text(x.other_value, c.kind)
        || '（相差 ' || figure_text(x.gap, c.kind) || '）' AS message
FROM compared x
JOIN metric_caption c ON c.metric = 'petitions_handled'
WHERE x.gap <> 0
