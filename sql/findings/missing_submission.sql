-- missing_submission: no form (or only a returned one) from a street for a period whose deadline
-- has passed, for the periods from the first period in the warehouse (forms or discipline figures,
-- not before the campaign start doudi.campaign.start, default 2024-11) up to today.
-- The deadline is as in late_submission. street_value = days past the deadline.
-- Severity: medium, high once more than 30 days past the deadline.
WITH loaded AS (
    SELECT min(period) AS period
    FROM (SELECT period FROM street_form UNION ALL SELECT period FROM discipline_figure)
),
-- an instance without any form or discipline figure (a fresh start, or after the demo's removal)
-- has no first period and so misses nothing yet: greatest() alone would ignore the NULL
first_period AS (
    SELECT CASE WHEN period IS NULL THEN NULL
        ELSE greatest((SELECT campaign_start FROM findings_param), period) END AS period
    FROM loaded
),
due AS (
    SELECT
        s.period,
        period_due(s.period) AS due_date
    FROM findings_scope s
    WHERE s.period >= (SELECT period FROM first_period)
),
overdue AS (
    SELECT period, due_date, (SELECT today FROM findings_param) - due_date AS days_past
    FROM due
    WHERE due_date < (SELECT today FROM findings_param)
)
SELECT
    o.period,
    st.code AS street_code,
    'missing_submission' AS rule,
    NULL AS metric,
    o.days_past AS street_value,
    NULL AS other_value,
    CASE WHEN o.days_past > 30 THEN 'high' ELSE 'medium' END AS severity,
    st.name || ' ' || period_label(o.period) || ' 统计表未报送（报送截止日 '
        || strftime(o.due_date, '%Y-%m-%d') || '，已逾期 ' || o.days_past || ' 天）' AS message
FROM overdue o
CROSS JOIN street st
WHERE NOT EXISTS (
    SELECT 1 FROM street_report r WHERE r.period = o.period AND r.street_code = st.code)
