-- double_payment: the same recipient paid more than once for one month and program. One finding
-- per street and 发放月份, naming the recipients (masked), how often and how much. street_value =
-- yuan paid beyond the first payment, other_value = recipients. Severity medium.
WITH twice AS (
    SELECT street_code, period, program, recipient_key,
        any_value(recipient_name_masked) AS name_masked, any_value(recipient_id_masked) AS id_masked,
        count(*) AS times, sum(amount_yuan) AS paid, sum(amount_yuan) - min(amount_yuan) AS extra
    FROM payment_record
    WHERE period IN (SELECT period FROM findings_scope)
    GROUP BY ALL
    HAVING count(*) > 1
)
SELECT
    t.period,
    t.street_code,
    'double_payment' AS rule,
    NULL AS metric,
    sum(t.extra) AS street_value,
    count(*) AS other_value,
    'medium' AS severity,
    any_value(st.name) || ' ' || period_label(t.period) || ' 有 ' || count(*) || ' 名救助对象同一项目重复发放，多发 '
        || figure_text(sum(t.extra), 'yuan') || '：'
        || string_agg(t.name_masked || '（' || t.id_masked || '）' || t.program || '发放 ' || t.times || ' 次，共 '
               || figure_text(t.paid, 'yuan'), '；' ORDER BY t.id_masked) AS message
FROM twice t
JOIN street st ON st.code = t.street_code
GROUP BY 1, 2
