-- load_log accepts any load kind a source declares (lower-case key, as LoadKind checks), not only
-- the first four: the campaign's files (relatives, custody, removals, payments, ledger) are sources
-- of the same pipeline and are recorded, skipped and listed like the others. DuckDB can neither
-- drop a CHECK constraint nor alter a table other tables reference, so load_log and the three
-- tables that reference it are copied through scratch tables and re-created with the same columns,
-- order, defaults, keys and constraints (taken from the migrated schema); sequences are kept.
CREATE TABLE load_log_v130 AS SELECT * FROM load_log;
CREATE TABLE street_form_v130 AS SELECT * FROM street_form;
CREATE TABLE discipline_figure_v130 AS SELECT * FROM discipline_figure;
CREATE TABLE petition_case_v130 AS SELECT * FROM petition_case;
DROP TABLE street_form;
DROP TABLE discipline_figure;
DROP TABLE petition_case;
DROP TABLE load_log;
CREATE TABLE load_log(
    id BIGINT DEFAULT(nextval('load_log_id')) PRIMARY KEY,
    kind VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    sha256 VARCHAR,
    size_bytes BIGINT,
    loaded_by VARCHAR NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE DEFAULT(current_timestamp) NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    status VARCHAR NOT NULL,
    rows_loaded BIGINT DEFAULT(0) NOT NULL,
    message VARCHAR,
    CHECK(regexp_full_match(kind, '[a-z][a-z0-9_]*')),
    CHECK((status IN ('running', 'loaded', 'rejected', 'skipped', 'failed')))
);
INSERT INTO load_log SELECT * FROM load_log_v130;
CREATE TABLE street_form(
    id BIGINT DEFAULT(nextval('street_form_id')) PRIMARY KEY,
    period VARCHAR NOT NULL,
    street_code VARCHAR NOT NULL,
    "version" INTEGER NOT NULL,
    load_id BIGINT,
    loaded_at TIMESTAMP WITH TIME ZONE DEFAULT(current_timestamp) NOT NULL,
    contact_name VARCHAR,
    contact_phone VARCHAR,
    fill_date DATE,
    remarks VARCHAR,
    returned_at TIMESTAMP WITH TIME ZONE,
    returned_by VARCHAR,
    returned_reason VARCHAR,
    renqing_removed INTEGER NOT NULL,
    renqing_recovered_yuan DECIMAL(14,2) NOT NULL,
    guanxi_removed INTEGER NOT NULL,
    guanxi_recovered_yuan DECIMAL(14,2) NOT NULL,
    zhengce_removed INTEGER NOT NULL,
    zhengce_recovered_yuan DECIMAL(14,2) NOT NULL,
    whole_household_added INTEGER NOT NULL,
    sanwu_removed INTEGER NOT NULL,
    sanwu_recovered_yuan DECIMAL(14,2) NOT NULL,
    clues_total INTEGER NOT NULL,
    clues_resolved INTEGER NOT NULL,
    petitions_handled INTEGER NOT NULL,
    petitions_resolved INTEGER NOT NULL,
    card_custody_cases INTEGER NOT NULL,
    relative_filings INTEGER NOT NULL,
    FOREIGN KEY (street_code) REFERENCES street(code),
    FOREIGN KEY (load_id) REFERENCES load_log(id),
    CHECK((renqing_removed >= 0)),
    CHECK((renqing_recovered_yuan >= 0)),
    CHECK((guanxi_removed >= 0)),
    CHECK((guanxi_recovered_yuan >= 0)),
    CHECK((zhengce_removed >= 0)),
    CHECK((zhengce_recovered_yuan >= 0)),
    CHECK((whole_household_added >= 0)),
    CHECK((sanwu_removed >= 0)),
    CHECK((sanwu_recovered_yuan >= 0)),
    CHECK((clues_total >= 0)),
    CHECK((clues_resolved >= 0)),
    CHECK((petitions_handled >= 0)),
    CHECK((petitions_resolved >= 0)),
    CHECK((card_custody_cases >= 0)),
    CHECK((relative_filings >= 0)),
    UNIQUE(period, street_code, "version")
);
INSERT INTO street_form SELECT * FROM street_form_v130;
CREATE TABLE discipline_figure(
    id BIGINT DEFAULT(nextval('discipline_figure_id')) PRIMARY KEY,
    period VARCHAR NOT NULL,
    street_code VARCHAR NOT NULL,
    "version" INTEGER NOT NULL,
    load_id BIGINT,
    loaded_at TIMESTAMP WITH TIME ZONE DEFAULT(current_timestamp) NOT NULL,
    renqing_removed INTEGER NOT NULL,
    renqing_recovered_yuan DECIMAL(14,2) NOT NULL,
    guanxi_removed INTEGER NOT NULL,
    guanxi_recovered_yuan DECIMAL(14,2) NOT NULL,
    zhengce_removed INTEGER NOT NULL,
    zhengce_recovered_yuan DECIMAL(14,2) NOT NULL,
    whole_household_added INTEGER NOT NULL,
    sanwu_removed INTEGER NOT NULL,
    sanwu_recovered_yuan DECIMAL(14,2) NOT NULL,
    clues_total INTEGER NOT NULL,
    clues_resolved INTEGER NOT NULL,
    petitions_handled INTEGER NOT NULL,
    petitions_resolved INTEGER NOT NULL,
    card_custody_cases INTEGER NOT NULL,
    relative_filings INTEGER NOT NULL,
    FOREIGN KEY (street_code) REFERENCES street(code),
    FOREIGN KEY (load_id) REFERENCES load_log(id),
    UNIQUE(period, street_code, "version")
);
INSERT INTO discipline_figure SELECT * FROM discipline_figure_v130;
CREATE TABLE petition_case(
    case_no VARCHAR NOT NULL,
    received_date DATE NOT NULL,
    channel VARCHAR NOT NULL,
    real_name BOOLEAN NOT NULL,
    category VARCHAR NOT NULL,
    street_code VARCHAR NOT NULL,
    "program" VARCHAR,
    issues VARCHAR[],
    complainant_masked VARCHAR,
    id_no_masked VARCHAR,
    phone_masked VARCHAR,
    complainant_key VARCHAR,
    id_no_quality VARCHAR,
    personal_sealed BLOB,
    status VARCHAR NOT NULL,
    closed_date DATE,
    resolved BOOLEAN NOT NULL,
    load_id BIGINT,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT(current_timestamp) NOT NULL,
    FOREIGN KEY (street_code) REFERENCES street(code),
    FOREIGN KEY (load_id) REFERENCES load_log(id)
);
INSERT INTO petition_case SELECT * FROM petition_case_v130;
DROP TABLE load_log_v130;
DROP TABLE street_form_v130;
DROP TABLE discipline_figure_v130;
DROP TABLE petition_case_v130;
