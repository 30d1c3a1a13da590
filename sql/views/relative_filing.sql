-- relative_filing: one row per 近亲属备案 filing (a staff member's relative who receives assistance).
-- A filing counts in the month of its 备案日期 (period): the form's 近亲属备案数 for a month is the
-- number of the street's filings of that month. Names and ID numbers only masked; staff_key and
-- relative_key link the same person across registers, removal lists and payments (the keyed hash,
-- digits spelt g-p as in the view petition, so that no key looks like an ID number).
CREATE OR REPLACE VIEW relative_filing AS
SELECT
    r.id AS filing_id,
    r.street_code,
    s.name AS street_name,
    r.row_no,
    r.committee,
    r.staff_name_masked,
    r.staff_id_masked,
    translate(r.staff_key, '0123456789', 'ghijklmnop') AS staff_key,
    r.staff_kind,
    r.staff_position,
    r.relative_name_masked,
    r.relative_id_masked,
    translate(r.relative_key, '0123456789', 'ghijklmnop') AS relative_key,
    r.relation,
    r.program,
    r.declared_date,
    r.filed_date,
    strftime(r.filed_date, '%Y-%m') AS period,
    r.kept_apart,
    r.updated_at
FROM relative_filing_record r
JOIN street s ON s.code = r.street_code;
