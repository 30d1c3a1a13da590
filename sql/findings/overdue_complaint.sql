-- requires: complaint_ledger(case_no, street_code, received_date, overdue, days_open)
-- overdue_complaint: real-name complaints (实名投诉举报) must each be verified one by one; those the
-- complaint ledger marks overdue (open past the configured number of days) are a finding, one per
-- street and month of 受理日期, listing the cases (编号 only, never the complainant).
-- street_value = overdue cases, other_value = the longest days open.
-- Severity: high when a case has been open more than 60 days, medium otherwise.
SELECT
    strftime(l.received_date, '%Y-%m') AS period,
    l.street_code,
    'overdue_complaint' AS rule,
    NULL AS metric,
    count(*) AS street_value,
    max(l.days_open) AS other_value,
    CASE WHEN max(l.days_open) > 60 THEN 'high' ELSE 'medium' END AS severity,
    any_value(st.name) || ' ' || period_label(strftime(l.received_date, '%Y-%m'))
        || ' 受理的实名投诉举报有 ' || count(*) || ' 件超期未核实办结，最长已 ' || max(l.days_open) || ' 天：'
        || array_to_string(list_slice(list(l.case_no ORDER BY l.days_open DESC, l.case_no), 1, 5), '、')
        || CASE WHEN count(*) > 5 THEN ' 等' ELSE '' END AS message
FROM complaint_ledger l
JOIN street st ON st.code = l.street_code
WHERE l.overdue
  AND strftime(l.received_date, '%Y-%m') IN (SELECT period FROM findings_scope)
GROUP BY 1, 2
