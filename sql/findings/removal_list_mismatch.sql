-- removal_list_mismatch: for each street, month and removal kind, the 清退名单's count must equal
-- the form's 清退人数 (metric <kind>_removed) and its sum of 追回资金 the form's 追回资金 (metric
-- <kind>_recovered_yuan). A removal counts in the month of its 清退日期. Only streets that have sent
-- a removal list at all are compared.
-- Severity: medium for a count, or for an amount differing by 1,000 yuan or more; low otherwise.
WITH listed AS (
    SELECT street_code, strftime(removed_date, '%Y-%m') AS period, kind,
        count(*) AS removed, sum(recovered_yuan) AS recovered
    FROM removal_record GROUP BY ALL
),
listed_long AS (
    SELECT street_code, period, kind || '_removed' AS metric, removed AS value FROM listed
    UNION ALL
    SELECT street_code, period, kind || '_recovered_yuan', recovered FROM listed
),
compared AS (
    SELECT f.period, f.street_code, f.metric, f.value AS street_value, coalesce(l.value, 0) AS other_value
    FROM street_report_long f
    JOIN (SELECT DISTINCT street_code FROM removal_record) g ON g.street_code = f.street_code
    LEFT JOIN listed_long l ON l.street_code = f.street_code AND l.period = f.period AND l.metric = f.metric
    WHERE f.period IN (SELECT period FROM findings_scope)
      AND (f.metric LIKE '%\_removed' ESCAPE '\' OR f.metric LIKE '%\_recovered\_yuan' ESCAPE '\')
)
SELECT
    x.period,
    x.street_code,
    'removal_list_mismatch' AS rule,
    x.metric,
    x.street_value,
    x.other_value,
    CASE WHEN c.kind <> 'yuan' OR abs(x.street_value - x.other_value) >= 1000 THEN 'medium' ELSE 'low' END AS severity,
    st.name || ' ' || period_label(x.period) || ' ' || c.caption || '：统计表填报 '
        || figure_text(x.street_value, c.kind) || '，清退名单当月'
        || CASE WHEN c.kind = 'yuan' THEN '合计 ' ELSE '列明 ' END
        || figure_text(x.other_value, c.kind) AS message
FROM compared x
JOIN metric_caption c ON c.metric = x.metric
JOIN street st ON st.code = x.street_code
WHERE x.street_value <> x.other_value
