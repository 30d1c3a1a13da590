-- finding: what the checks currently find, one row per rule, period, street and figure.
-- rule: discipline_mismatch, resolved_exceeds_total, petitions_vs_log, late_submission,
-- missing_submission, outlier_...; severity high/medium/low; message in Chinese for a leader.
-- status says where the work team is with it (open/explained/corrected/closed).
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
    f.first_seen_at
FROM finding_record f
LEFT JOIN street s ON s.code = f.street_code
WHERE f.current;
