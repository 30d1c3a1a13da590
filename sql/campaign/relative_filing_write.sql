-- the last line of each filing in the file
CREATE OR REPLACE TEMP VIEW relative_filing_kept AS
SELECT * FROM relative_filing_incoming
QUALIFY row_number() OVER (PARTITION BY street_code, staff_key, relative_key ORDER BY line DESC) = 1;

UPDATE relative_filing_record t SET
    row_no = i.row_no, committee = i.committee,
    staff_name_masked = i.staff_name_masked, staff_id_masked = i.staff_id_masked,
    staff_kind = i.staff_kind, staff_position = i.staff_position,
    relative_name_masked = i.relative_name_masked, relative_id_masked = i.relative_id_masked,
    relation = i.relation, program = i.program, declared_date = i.declared_date,
    filed_date = i.filed_date, kept_apart = i.kept_apart, personal_sealed = i.personal_sealed,
    load_id = i.load_id, updated_by = ?, updated_at = current_timestamp
FROM relative_filing_kept i
WHERE t.street_code = i.street_code AND t.staff_key = i.staff_key AND t.relative_key = i.relative_key;

INSERT INTO relative_filing_record (street_code, row_no, committee, staff_name_masked, staff_id_masked,
    staff_key, staff_kind, staff_position, relative_name_masked, relative_id_masked, relative_key,
    relation, program, declared_date, filed_date, kept_apart, personal_sealed, load_id, updated_by)
SELECT street_code, row_no, committee, staff_name_masked, staff_id_masked,
    staff_key, staff_kind, staff_position, relative_name_masked, relative_id_masked, relative_key,
    relation, program, declared_date, filed_date, kept_apart, personal_sealed, load_id, ?
FROM relative_filing_kept i
WHERE NOT EXISTS (
    SELECT 1 FROM relative_filing_record t
    WHERE t.street_code = i.street_code AND t.staff_key = i.staff_key AND t.relative_key = i.relative_key
)
ORDER BY line;
