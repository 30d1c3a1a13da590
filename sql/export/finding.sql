-- finding: what the checks currently find, with the work team's status.
SELECT
    period, finding_id, street_code, street_name, rule, metric, street_value, other_value,
    severity, message, status, first_seen_at, last_seen_at
FROM finding
