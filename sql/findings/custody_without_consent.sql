-- custody_without_consent: a social-assistance worker or a residents'/villagers' committee cadre
-- must not hold a recipient's card or passbook without the recipient's (or guardian's) consent;
-- 是否经本人或监护人同意 否 or left blank is no consent. One finding per street and month of 登记日期,
-- naming the cases (masked). street_value = cases. Severity high.
SELECT
    strftime(c.registered_date, '%Y-%m') AS period,
    c.street_code,
    'custody_without_consent' AS rule,
    NULL AS metric,
    count(*) AS street_value,
    NULL AS other_value,
    'high' AS severity,
    any_value(st.name) || ' ' || period_label(strftime(c.registered_date, '%Y-%m'))
        || ' 登记的卡折代管中有 ' || count(*) || ' 件由社会救助工作人员或居（村）干部代管、未经本人或监护人同意：'
        || string_agg('序号' || coalesce(CAST(c.row_no AS VARCHAR), '—') || ' ' || c.recipient_name_masked
               || '（' || c.recipient_id_masked || '）由' || c.custodian_kind || c.custodian_name_masked || '代管',
               '；' ORDER BY c.row_no, c.id) AS message
FROM card_custody_record c
JOIN street st ON st.code = c.street_code
WHERE c.custodian_kind IN ('社会救助工作人员', '居（村）干部')
  AND c.consent IS NOT TRUE
  AND strftime(c.registered_date, '%Y-%m') IN (SELECT period FROM findings_scope)
GROUP BY 1, 2
