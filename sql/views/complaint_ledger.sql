-- complaint_ledger: one row per real-name complaint (实名投诉举报) the work team must verify, and
-- per item moved before its case stopped being one. complaint_ledger_item holds the items the work
-- team has moved; every other real-name complaint is 待核实.
-- An item is open while 待核实 or 核实中; open longer than the configured number of days
-- (instance_setting ledger_overdue_days, default 15) after its 受理日期 it is overdue, which the
-- findings engine reports as rule overdue_complaint. No personal data here.
CREATE OR REPLACE VIEW complaint_ledger AS
WITH setting AS (
    SELECT coalesce(max(TRY_CAST(value AS INTEGER)), 15) AS overdue_days
    FROM instance_setting
    WHERE key = 'ledger_overdue_days'
)
SELECT
    p.case_no,
    p.street_code,
    s.name AS street_name,
    p.received_date,
    strftime(p.received_date, '%Y-%m') AS period,
    p.channel,
    p.program,
    array_to_string(p.issues, '、') AS issues,
    p.status AS case_status,
    coalesce(i.state, '待核实') AS state,
    coalesce(i.state, '待核实') IN ('待核实', '核实中') AS open,
    (date_diff('day', p.received_date,
        CASE WHEN coalesce(i.state, '待核实') IN ('待核实', '核实中') THEN current_date
             ELSE CAST(i.verified_at AS DATE) END))::INTEGER AS days_open,
    coalesce(i.state, '待核实') IN ('待核实', '核实中')
        AND date_diff('day', p.received_date, current_date) > setting.overdue_days AS overdue,
    setting.overdue_days,
    i.note,
    i.updated_by,
    i.updated_at,
    i.verified_at
FROM petition_case p
LEFT JOIN complaint_ledger_item i ON i.case_no = p.case_no
JOIN street s ON s.code = p.street_code
CROSS JOIN setting
WHERE (p.real_name AND p.category = '投诉举报') OR i.case_no IS NOT NULL;
