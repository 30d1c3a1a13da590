-- late_submission: the 填报日期 of a street's latest form is after the period's deadline,
-- period_due (views/period_status.sql): the period's row in submission_deadline, else the
-- configured day of the following month (doudi.deadline.day-of-next-month, default the 25th; the
-- last day of a shorter month).
-- street_value = days late. Severity: low up to 7 days late, medium beyond.
WITH due AS (
    SELECT
        s.period,
        period_due(s.period) AS due_date
    FROM findings_scope s
)
SELECT
    r.period,
    r.street_code,
    'late_submission' AS rule,
    NULL AS metric,
    (r.fill_date - d.due_date) AS street_value,
    NULL AS other_value,
    CASE WHEN r.fill_date - d.due_date > 7 THEN 'medium' ELSE 'low' END AS severity,
    r.street_name || ' ' || period_label(r.period) || ' 统计表填报日期 ' || strftime(r.fill_date, '%Y-%m-%d')
        || '，晚于报送截止日 ' || strftime(d.due_date, '%Y-%m-%d')
        || '（迟 ' || (r.fill_date - d.due_date) || ' 天）' AS message
FROM street_report r
JOIN due d USING (period)
WHERE r.fill_date > d.due_date
