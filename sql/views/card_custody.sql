-- card_custody: one row per 卡折代管 case (someone else holds a recipient's card or passbook).
-- A case counts in the month of its 登记日期 (period). consent is null where 是否经本人或监护人同意
-- was left blank. Personal data only masked, with keyed hashes as in relative_filing.
CREATE OR REPLACE VIEW card_custody AS
SELECT
    c.id AS custody_id,
    c.street_code,
    s.name AS street_name,
    c.row_no,
    c.committee,
    c.recipient_name_masked,
    c.recipient_id_masked,
    translate(c.recipient_key, '0123456789', 'ghijklmnop') AS recipient_key,
    c.program,
    c.custodian_name_masked,
    c.custodian_id_masked,
    translate(c.custodian_key, '0123456789', 'ghijklmnop') AS custodian_key,
    c.custodian_kind,
    c.relation,
    c.reason,
    c.consent,
    c.start_date,
    c.registered_date,
    c.district_filed_date,
    strftime(c.registered_date, '%Y-%m') AS period,
    c.updated_at
FROM card_custody_record c
JOIN street s ON s.code = c.street_code;
