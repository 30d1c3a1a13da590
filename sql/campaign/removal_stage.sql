CREATE OR REPLACE TEMP TABLE removal_incoming (
    street_code VARCHAR, row_no INTEGER, name_masked VARCHAR, id_masked VARCHAR, person_key VARCHAR,
    program VARCHAR, kind VARCHAR, removed_date DATE, recovered_yuan DECIMAL(14, 2),
    personal_sealed BLOB, load_id BIGINT, line INTEGER
);
