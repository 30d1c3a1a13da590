-- resolved_exceeds_total: inside one form, 其中已处置到位数 cannot exceed its total: resolved clues
-- (clues_resolved) at most the clues (clues_total), resolved petitions (petitions_resolved) at
-- most the petitions handled (petitions_handled). The form contradicts itself: severity high.
WITH f AS (
    SELECT * FROM street_report_long WHERE period IN (SELECT period FROM findings_scope)
),
pairs AS (
    SELECT * FROM (VALUES ('clues_resolved', 'clues_total'),
                          ('petitions_resolved', 'petitions_handled')) AS t(part, total)
)
SELECT
    r.period,
    r.street_code,
    'resolved_exceeds_total' AS rule,
    r.metric,
    r.value AS street_value,
    t.value AS other_value,
    'high' AS severity,
    st.name || ' ' || period_label(r.period) || ' ' || cr.caption || ' ' || figure_text(r.value, cr.kind)
        || '，大于' || ct.caption || ' ' || figure_text(t.value, ct.kind) AS message
FROM pairs p
JOIN f r ON r.metric = p.part
JOIN f t ON t.metric = p.total AND t.period = r.period AND t.street_code = r.street_code
JOIN metric_caption cr ON cr.metric = p.part
JOIN metric_caption ct ON ct.metric = p.total
JOIN street st ON st.code = r.street_code
WHERE r.value > t.value
