-- requires: complaint_ledger(case_no, street_code, received_date, overdue, days_open)
-- overdue_complaint: real-name complaints (实名投诉举报) must each be verified one by one; those the
-- complaint ledger marks overdue (open past the configured number of days) are a finding, one per
-- street and month of 受理日期. Streets read findings, so the message never names a case: a case
-- number gives the channel and the day, and with one or two a month it points to the person. The
-- work team reads the numbers in the complaint ledger (实名投诉举报台账), which streets never see.
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
        || ' 受理的实名投诉举报有 ' || count(*) || ' 件超期未核实办结，最长已 ' || max(l.days_open)
        || ' 天（案件编号见实名投诉举报台账）' AS message
FROM complaint_ledger l
JOIN street st ON st.code = l.street_code
WHERE l.overdue
  AND strftime(l.received_date, '%Y-%m') IN (SELECT period FROM findings_scope)
GROUP BY 1, 2
