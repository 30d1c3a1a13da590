-- payment: one row per payment of the fund platform's 社会救助资金发放台账, period = 发放月份.
-- payee_is_recipient says whether the money went to the recipient; payee_is_custodian whether it
-- went to a custodian filed for that recipient in the 卡折代管 register (人卡一致 otherwise is a
-- finding: payee_not_recipient). Personal data only masked, with keyed hashes.
CREATE OR REPLACE VIEW payment AS
SELECT
    p.street_code,
    s.name AS street_name,
    p.period,
    p.program,
    p.amount_yuan,
    p.paid_date,
    p.payee_key IS NOT DISTINCT FROM p.recipient_key OR p.payee_key IS NULL AS payee_is_recipient,
    EXISTS (
        SELECT 1 FROM card_custody_record c
        WHERE c.recipient_key = p.recipient_key AND c.custodian_key = p.payee_key
    ) AS payee_is_custodian,
    p.recipient_name_masked,
    p.recipient_id_masked,
    translate(p.recipient_key, '0123456789', 'ghijklmnop') AS recipient_key,
    p.payee_name_masked,
    p.payee_id_masked,
    translate(p.payee_key, '0123456789', 'ghijklmnop') AS payee_key
FROM payment_record p
JOIN street s ON s.code = p.street_code;
