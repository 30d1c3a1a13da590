-- recovered_without_removal: funds recovered (追回资金) for a kind of wrongly granted assistance while
-- nobody of that kind was removed (清退人数 0) is suspicious, for each kind of removal_kind.
-- Severity: medium from 10,000 yuan, low below.
WITH f AS (
    SELECT * FROM street_report_long WHERE period IN (SELECT period FROM findings_scope)
)
SELECT
    y.period,
    y.street_code,
    'recovered_without_removal' AS rule,
    y.metric,
    y.value AS street_value,
    n.value AS other_value,
    CASE WHEN y.value >= 10000 THEN 'medium' ELSE 'low' END AS severity,
    st.name || ' ' || period_label(y.period) || ' ' || cy.caption || ' ' || figure_text(y.value, cy.kind)
        || '，但' || cn.caption || '为 0' AS message
FROM f y
JOIN removal_kind k ON k.recovered_metric = y.metric
JOIN f n ON n.period = y.period AND n.street_code = y.street_code AND n.metric = k.removed_metric
JOIN metric_caption cy ON cy.metric = y.metric
JOIN metric_caption cn ON cn.metric = n.metric
JOIN street st ON st.code = y.street_code
WHERE y.value > 0
  AND n.value = 0
