CREATE OR REPLACE TEMP TABLE card_custody_incoming (
    street_code VARCHAR, row_no INTEGER, committee VARCHAR,
    recipient_name_masked VARCHAR, recipient_id_masked VARCHAR, recipient_key VARCHAR, program VARCHAR,
    custodian_name_masked VARCHAR, custodian_id_masked VARCHAR, custodian_key VARCHAR, custodian_kind VARCHAR,
    relation VARCHAR, reason VARCHAR, consent BOOLEAN, start_date DATE, registered_date DATE,
    district_filed_date DATE, personal_sealed BLOB, load_id BIGINT, line INTEGER
);
