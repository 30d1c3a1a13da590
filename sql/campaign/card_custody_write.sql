-- the last line of each custody case in the file
CREATE OR REPLACE TEMP VIEW card_custody_kept AS
SELECT * FROM card_custody_incoming
QUALIFY row_number() OVER (PARTITION BY recipient_key, custodian_key ORDER BY line DESC) = 1;

UPDATE card_custody_record t SET
    street_code = i.street_code, row_no = i.row_no, committee = i.committee,
    recipient_name_masked = i.recipient_name_masked, recipient_id_masked = i.recipient_id_masked,
    program = i.program, custodian_name_masked = i.custodian_name_masked,
    custodian_id_masked = i.custodian_id_masked, custodian_kind = i.custodian_kind,
    relation = i.relation, reason = i.reason, consent = i.consent, start_date = i.start_date,
    registered_date = i.registered_date, district_filed_date = i.district_filed_date,
    personal_sealed = i.personal_sealed, load_id = i.load_id, updated_by = ?, updated_at = current_timestamp
FROM card_custody_kept i
WHERE t.recipient_key = i.recipient_key AND t.custodian_key = i.custodian_key;

INSERT INTO card_custody_record (street_code, row_no, committee, recipient_name_masked,
    recipient_id_masked, recipient_key, program, custodian_name_masked, custodian_id_masked,
    custodian_key, custodian_kind, relation, reason, consent, start_date, registered_date,
    district_filed_date, personal_sealed, load_id, updated_by)
SELECT street_code, row_no, committee, recipient_name_masked,
    recipient_id_masked, recipient_key, program, custodian_name_masked, custodian_id_masked,
    custodian_key, custodian_kind, relation, reason, consent, start_date, registered_date,
    district_filed_date, personal_sealed, load_id, ?
FROM card_custody_kept i
WHERE NOT EXISTS (
    SELECT 1 FROM card_custody_record t
    WHERE t.recipient_key = i.recipient_key AND t.custodian_key = i.custodian_key
)
ORDER BY line;
