-- registry_mismatch: the form's 近亲属备案数 (relative_filings) and 卡折代管案数 (card_custody_cases)
-- must equal the street's register count of that month: filings by 备案日期, custody cases by
-- 登记日期. Only streets that have sent the register at all are compared (a street without a
-- register cannot be checked, which is not a difference).
-- Severity: medium when the gap is 3 or more, low otherwise.
WITH counted AS (
    SELECT 'relative_filings' AS metric, street_code, strftime(filed_date, '%Y-%m') AS period, count(*) AS n
    FROM relative_filing_record GROUP BY ALL
    UNION ALL
    SELECT 'card_custody_cases', street_code, strftime(registered_date, '%Y-%m'), count(*)
    FROM card_custody_record GROUP BY ALL
),
registered AS (
    SELECT DISTINCT 'relative_filings' AS metric, street_code FROM relative_filing_record
    UNION ALL
    SELECT DISTINCT 'card_custody_cases', street_code FROM card_custody_record
),
compared AS (
    SELECT f.period, f.street_code, f.metric, f.value AS street_value, coalesce(c.n, 0) AS other_value
    FROM street_report_long f
    JOIN registered g ON g.metric = f.metric AND g.street_code = f.street_code
    LEFT JOIN counted c ON c.metric = f.metric AND c.street_code = f.street_code AND c.period = f.period
    WHERE f.period IN (SELECT period FROM findings_scope)
)
SELECT
    x.period,
    x.street_code,
    'registry_mismatch' AS rule,
    x.metric,
    x.street_value,
    x.other_value,
    CASE WHEN abs(x.street_value - x.other_value) >= 3 THEN 'medium' ELSE 'low' END AS severity,
    st.name || ' ' || period_label(x.period) || ' ' || c.caption || '：统计表填报 '
        || figure_text(x.street_value, c.kind) || '，'
        || CASE x.metric WHEN 'relative_filings' THEN '近亲属备案登记表当月备案 ' ELSE '卡折代管登记表当月登记 ' END
        || figure_text(x.other_value, c.kind) AS message
FROM compared x
JOIN metric_caption c ON c.metric = x.metric
JOIN street st ON st.code = x.street_code
WHERE x.street_value <> x.other_value
