-- paid_after_removal: a recipient on a 清退名单 who is still paid for a month after the month of
-- the removal (by any street: the keyed hash links the person). The money paid after removal is
-- what the street should recover. One finding per removing street and month of 清退日期, naming
-- each person (masked), the months paid and the amount. street_value = yuan paid after removal,
-- other_value = persons. Severity high.
WITH late AS (
    SELECT
        r.id, r.street_code, r.row_no, r.name_masked, r.id_masked, r.removed_date,
        strftime(r.removed_date, '%Y-%m') AS period,
        sum(p.amount_yuan) AS paid,
        string_agg(DISTINCT period_label(p.period), '、' ORDER BY period_label(p.period)) AS months
    FROM removal_record r
    JOIN payment_record p ON p.recipient_key = r.person_key
    WHERE p.period > strftime(r.removed_date, '%Y-%m')
      AND strftime(r.removed_date, '%Y-%m') IN (SELECT period FROM findings_scope)
    GROUP BY ALL
)
SELECT
    l.period,
    l.street_code,
    'paid_after_removal' AS rule,
    NULL AS metric,
    sum(l.paid) AS street_value,
    count(*) AS other_value,
    'high' AS severity,
    any_value(st.name) || ' ' || period_label(l.period) || ' 清退的 ' || count(*) || ' 人清退后仍获发放救助金，共 '
        || figure_text(sum(l.paid), 'yuan') || '，应予追回：'
        || string_agg('清退名单序号' || coalesce(CAST(l.row_no AS VARCHAR), '—') || ' ' || l.name_masked
               || '（' || l.id_masked || '，' || strftime(l.removed_date, '%Y-%m-%d') || '清退）仍发放 '
               || l.months || '，共 ' || figure_text(l.paid, 'yuan'), '；' ORDER BY l.row_no, l.id) AS message
FROM late l
JOIN street st ON st.code = l.street_code
GROUP BY 1, 2
