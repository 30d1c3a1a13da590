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
),
item AS (
    SELECT
        p.case_no,
        p.street_code,
        p.received_date,
        p.channel,
        p.program,
        p.issues,
        p.status,
        coalesce(i.state, '待核实') AS state,
        coalesce(i.state, '待核实') IN ('待核实', '核实中') AS open,
        i.note,
        i.updated_by,
        i.updated_at,
        i.verified_at
    FROM petition_case p
    LEFT JOIN complaint_ledger_item i ON i.case_no = p.case_no
    WHERE (p.real_name AND p.category = '投诉举报') OR i.case_no IS NOT NULL
),
aged AS (
    SELECT
        *,
        (date_diff('day', received_date,
            CASE WHEN open THEN current_date ELSE CAST(verified_at AS DATE) END))::INTEGER AS days_open
    FROM item
)
SELECT
    a.case_no,
    a.street_code,
    s.name AS street_name,
    a.received_date,
    strftime(a.received_date, '%Y-%m') AS period,
    a.channel,
    a.program,
    array_to_string(a.issues, '、') AS issues,
    a.status AS case_status,
    a.state,
    a.open,
    a.days_open,
    a.open AND a.days_open > setting.overdue_days AS overdue,
    setting.overdue_days,
    a.note,
    a.updated_by,
    a.updated_at,
    a.verified_at
FROM aged a
JOIN street s ON s.code = a.street_code
CROSS JOIN setting;
