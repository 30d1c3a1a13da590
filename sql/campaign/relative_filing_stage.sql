CREATE OR REPLACE TEMP TABLE relative_filing_incoming (
    street_code VARCHAR, row_no INTEGER, committee VARCHAR,
    staff_name_masked VARCHAR, staff_id_masked VARCHAR, staff_key VARCHAR, staff_kind VARCHAR, staff_position VARCHAR,
    relative_name_masked VARCHAR, relative_id_masked VARCHAR, relative_key VARCHAR,
    relation VARCHAR, program VARCHAR, declared_date DATE, filed_date DATE, kept_apart BOOLEAN,
    personal_sealed BLOB, load_id BIGINT, line INTEGER
);
