-- relative_file_not_separate: the files of staff's relatives who receive assistance must be kept
-- apart (档案单独存放). A filing that says 否 is a finding, one per street and month of 备案日期,
-- naming the filings (masked). street_value = filings. Severity medium.
SELECT
    strftime(r.filed_date, '%Y-%m') AS period,
    r.street_code,
    'relative_file_not_separate' AS rule,
    NULL AS metric,
    count(*) AS street_value,
    NULL AS other_value,
    'medium' AS severity,
    any_value(st.name) || ' ' || period_label(strftime(r.filed_date, '%Y-%m'))
        || ' 备案的近亲属中有 ' || count(*) || ' 人的档案未单独存放：'
        || string_agg('序号' || coalesce(CAST(r.row_no AS VARCHAR), '—') || ' ' || r.staff_name_masked
               || '的' || coalesce(r.relation, '近亲属') || r.relative_name_masked || '（' || r.relative_id_masked || '）',
               '；' ORDER BY r.row_no, r.id) AS message
FROM relative_filing_record r
JOIN street st ON st.code = r.street_code
WHERE r.kept_apart = false
  AND strftime(r.filed_date, '%Y-%m') IN (SELECT period FROM findings_scope)
GROUP BY 1, 2
