-- finding: what the checks currently find, one row per rule, period, street and figure.
-- rule: discipline_mismatch, resolved_exceeds_total, recovered_without_removal, petitions_vs_log,
-- late_submission, missing_submission, overdue_complaint, outlier_yuan_per_person,
-- outlier_clue_resolution, outlier_history_jump (sql/findings/<rule>.sql, docs/findings.md);
-- severity high/medium/low; message in Chinese for a leader.
-- status says where the work team is with it: open (待处理), explained (已说明), corrected (已更正);
-- a finding no longer found is closed and leaves this view (its history stays in finding_event).
CREATE OR REPLACE VIEW finding AS
SELECT
    f.id AS finding_id,
    f.period,
    f.street_code,
    s.name AS street_name,
    f.rule,
    f.metric,
    f.street_value,
    f.other_value,
    f.severity,
    f.message,
    f.status,
    f.first_seen_at,
    f.last_seen_at
FROM finding_record f
LEFT JOIN street s ON s.code = f.street_code
WHERE f.current;
