-- payee_not_recipient: money must go to the recipient or to the custodian filed for that recipient
-- in the 卡折代管 register; a payment to anyone else is 人卡不一致 without a filing. One finding per
-- street and 发放月份, naming the recipients (masked), the amounts and the payees' masked names. street_value = yuan paid to
-- others, other_value = payments. Severity high.
SELECT
    p.period,
    p.street_code,
    'payee_not_recipient' AS rule,
    NULL AS metric,
    sum(p.amount_yuan) AS street_value,
    count(*) AS other_value,
    'high' AS severity,
    any_value(st.name) || ' ' || period_label(p.period) || ' 有 ' || count(*)
        || ' 笔救助金发给了既非救助对象本人、也非已登记卡折代管人的收款人，共 ' || figure_text(sum(p.amount_yuan), 'yuan') || '：'
        || string_agg(p.recipient_name_masked || '（' || p.recipient_id_masked || '）' || figure_text(p.amount_yuan, 'yuan')
               || '由' || coalesce(p.payee_name_masked, '他人') || '收款',
               '；' ORDER BY p.line, p.recipient_id_masked) AS message
FROM payment_record p
JOIN street st ON st.code = p.street_code
WHERE p.payee_key IS NOT NULL
  AND p.payee_key <> p.recipient_key
  AND NOT EXISTS (
      SELECT 1 FROM card_custody_record c
      WHERE c.recipient_key = p.recipient_key AND c.custodian_key = p.payee_key
  )
  AND p.period IN (SELECT period FROM findings_scope)
GROUP BY 1, 2
