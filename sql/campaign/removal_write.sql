-- the last line of each removal (person + 清退日期) in the file
CREATE OR REPLACE TEMP VIEW removal_kept AS
SELECT * FROM removal_incoming
QUALIFY row_number() OVER (PARTITION BY person_key, removed_date ORDER BY line DESC) = 1;

UPDATE removal_record t SET
    street_code = i.street_code, row_no = i.row_no, name_masked = i.name_masked, id_masked = i.id_masked,
    program = i.program, kind = i.kind, recovered_yuan = i.recovered_yuan,
    personal_sealed = i.personal_sealed, load_id = i.load_id, updated_by = ?, updated_at = current_timestamp
FROM removal_kept i
WHERE t.person_key = i.person_key AND t.removed_date = i.removed_date;

INSERT INTO removal_record (street_code, row_no, name_masked, id_masked, person_key, program, kind,
    removed_date, recovered_yuan, personal_sealed, load_id, updated_by)
SELECT street_code, row_no, name_masked, id_masked, person_key, program, kind,
    removed_date, recovered_yuan, personal_sealed, load_id, ?
FROM removal_kept i
WHERE NOT EXISTS (
    SELECT 1 FROM removal_record t WHERE t.person_key = i.person_key AND t.removed_date = i.removed_date
)
ORDER BY line;
