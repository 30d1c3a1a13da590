-- custody_conflict_of_interest: a staff member who filed a relative in the 近亲属备案 register and
-- holds that very relative's card or passbook (优亲厚友 risk). Matched by the keyed hashes: the
-- custodian is the filing's staff member and the recipient the filed relative. One finding per
-- street and month of the custody case's 登记日期, naming the cases (masked). Severity high.
SELECT
    strftime(c.registered_date, '%Y-%m') AS period,
    c.street_code,
    'custody_conflict_of_interest' AS rule,
    NULL AS metric,
    count(DISTINCT c.id) AS street_value,
    NULL AS other_value,
    'high' AS severity,
    any_value(st.name) || ' ' || period_label(strftime(c.registered_date, '%Y-%m'))
        || ' 有 ' || count(DISTINCT c.id) || ' 件卡折由已申报近亲属备案的工作人员代管其本人近亲属：'
        || string_agg(DISTINCT '卡折代管序号' || coalesce(CAST(c.row_no AS VARCHAR), '—') || ' '
               || r.staff_kind || c.custodian_name_masked || '代管其' || coalesce(r.relation, '近亲属')
               || c.recipient_name_masked || '（' || c.recipient_id_masked || '）', '；') AS message
FROM card_custody_record c
JOIN (
    SELECT staff_key, relative_key, relation, staff_kind
    FROM relative_filing_record
) r ON r.staff_key = c.custodian_key AND r.relative_key = c.recipient_key
JOIN street st ON st.code = c.street_code
WHERE strftime(c.registered_date, '%Y-%m') IN (SELECT period FROM findings_scope)
GROUP BY 1, 2
