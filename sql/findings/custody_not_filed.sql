-- custody_not_filed: a custody case must be filed with the district (报区备案); one whose 报区备案日期
-- is still blank more than 30 days after its 登记日期 is a finding, one per street and month of
-- 登记日期, naming the cases (masked). street_value = cases, other_value = the longest days since
-- 登记. Severity medium.
SELECT
    strftime(c.registered_date, '%Y-%m') AS period,
    c.street_code,
    'custody_not_filed' AS rule,
    NULL AS metric,
    count(*) AS street_value,
    max((SELECT today FROM findings_param) - c.registered_date) AS other_value,
    'medium' AS severity,
    any_value(st.name) || ' ' || period_label(strftime(c.registered_date, '%Y-%m'))
        || ' 登记的卡折代管中有 ' || count(*) || ' 件登记满 30 天仍未报区备案：'
        || string_agg('序号' || coalesce(CAST(c.row_no AS VARCHAR), '—') || ' ' || c.recipient_name_masked
               || '（' || c.recipient_id_masked || '，' || strftime(c.registered_date, '%Y-%m-%d') || '登记）',
               '；' ORDER BY c.row_no, c.id) AS message
FROM card_custody_record c
JOIN street st ON st.code = c.street_code
WHERE c.district_filed_date IS NULL
  AND c.registered_date + 30 < (SELECT today FROM findings_param)
  AND strftime(c.registered_date, '%Y-%m') IN (SELECT period FROM findings_scope)
GROUP BY 1, 2
