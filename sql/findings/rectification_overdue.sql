-- rectification_overdue: a problem-list item past its 整改时限 and not closed (已销号) is overdue;
-- one finding per street (the district's own ledger has none) and month of 整改时限, naming the
-- items by 序号 and the product's item number. street_value = items, other_value = the longest days
-- past due. Severity high when an item is more than 30 days past due, medium otherwise.
SELECT
    strftime(r.due_date, '%Y-%m') AS period,
    r.street_code,
    'rectification_overdue' AS rule,
    NULL AS metric,
    count(*) AS street_value,
    max((SELECT today FROM findings_param) - r.due_date) AS other_value,
    CASE WHEN max((SELECT today FROM findings_param) - r.due_date) > 30 THEN 'high' ELSE 'medium' END AS severity,
    any_value(st.name) || ' 整改时限在' || period_label(strftime(r.due_date, '%Y-%m')) || '的问题中有 '
        || count(*) || ' 项逾期未销号：'
        || string_agg('序号' || r.row_no || '（编号' || r.id || '，' || r.status || '，时限'
               || strftime(r.due_date, '%Y-%m-%d') || '）' || left(r.description, 30),
               '；' ORDER BY r.row_no) AS message
FROM rectification_record r
JOIN street st ON st.code = r.street_code
WHERE r.due_date < (SELECT today FROM findings_param)
  AND r.status <> '已销号'
  AND strftime(r.due_date, '%Y-%m') IN (SELECT period FROM findings_scope)
GROUP BY 1, 2
