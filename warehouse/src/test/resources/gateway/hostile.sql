-- Hostile statements the gateway must refuse (or stop by its timeout). Entries are separated by
-- lines holding only "-- @@"; ${inbox} is the warehouse's ingestion inbox, the one folder that
-- DuckDB itself may read and write, so a statement reaching DuckDB raw there would succeed.
-- @@
SELECT * FROM read_csv('/etc/passwd')
-- @@
SELECT * FROM read_csv_auto('/etc/passwd', header = false)
-- @@
SELECT * FROM read_text('/etc/passwd')
-- @@
SELECT * FROM read_blob('/etc/hostname')
-- @@
SELECT * FROM read_json('/etc/passwd')
-- @@
SELECT * FROM read_parquet('${inbox}/x.parquet')
-- @@
SELECT * FROM sniff_csv('/etc/passwd')
-- @@
SELECT * FROM glob('/etc/*')
-- @@
SELECT * FROM '/etc/passwd'
-- @@
SELECT * FROM "/etc/passwd"
-- @@
SELECT * FROM '${inbox}/street.csv'
-- @@
SELECT * FROM TABLE(read_csv('/etc/passwd'))
-- @@
SELECT * FROM street_report, LATERAL read_csv('/etc/passwd')
-- @@
SELECT * FROM street_report UNION ALL SELECT * FROM read_csv('/etc/passwd')
-- @@
SELECT content FROM read_text('${inbox}/*')
-- @@
COPY street TO '/tmp/doudi_pwned.csv'
-- @@
COPY (SELECT * FROM petition_case) TO '${inbox}/pwned.csv' (FORMAT csv)
-- @@
COPY street FROM '/etc/passwd'
-- @@
EXPORT DATABASE '/tmp/doudi_pwned_export'
-- @@
ATTACH '/tmp/doudi_pwned.duckdb' AS pwned
-- @@
ATTACH ':memory:' AS scratch
-- @@
DETACH doudi
-- @@
USE memory
-- @@
INSTALL httpfs
-- @@
LOAD httpfs
-- @@
FORCE INSTALL sqlite
-- @@
SET enable_external_access = true
-- @@
SET lock_configuration = false
-- @@
RESET lock_configuration
-- @@
SET memory_limit = '100GB'
-- @@
PRAGMA enable_profiling
-- @@
PRAGMA database_list
-- @@
CALL pragma_table_info('petition_case')
-- @@
SELECT * FROM pragma_table_info('petition_case')
-- @@
SELECT * FROM duckdb_settings()
-- @@
SELECT * FROM duckdb_tables()
-- @@
SELECT * FROM duckdb_secrets()
-- @@
SELECT current_setting('enable_external_access')
-- @@
SELECT getenv('HOME')
-- @@
SELECT * FROM information_schema.tables
-- @@
SELECT * FROM information_schema.columns WHERE table_name = 'petition_case'
-- @@
SELECT * FROM system.main.duckdb_settings
-- @@
SELECT * FROM query('SELECT * FROM petition_case')
-- @@
SELECT * FROM query_table('petition_case')
-- @@
SELECT * FROM petition_case
-- @@
SELECT * FROM main.petition_case
-- @@
SELECT * FROM "main"."petition_case"
-- @@
SELECT * FROM "petition_case"
-- @@
SELECT * FROM doudi.audit_log
-- @@
SELECT * FROM app_user
-- @@
SELECT (SELECT max(password_hash) FROM app_user) AS h FROM street
-- @@
SELECT * FROM street_report WHERE street_code IN (SELECT username FROM app_user)
-- @@
WITH x AS (SELECT * FROM petition_case) SELECT * FROM x
-- @@
SELECT personal_sealed FROM petition
-- @@
SELECT * FROM petition＿case
-- @@
SELECT * FROM street_form
-- @@
SELECT * FROM schema_migration
-- @@
SELECT * FROM sql_query_log
-- @@
SELECT 1; DROP TABLE street
-- @@
SELECT * FROM street_report; COPY street TO '/tmp/doudi_pwned.csv'
-- @@
SELECT 1 /*; COPY street TO '/tmp/doudi_pwned.csv' */ ; COPY street TO '/tmp/doudi_pwned.csv'
-- @@
SELECT '; COPY street TO ''/tmp/doudi_pwned.csv''; ' AS s; DROP TABLE street
-- @@
SELECT * FROM street_report WHERE period = ''; DROP TABLE street; --'
-- @@
/* harmless comment */ COPY street TO '/tmp/doudi_pwned.csv'
-- @@
-- a comment line first
ATTACH '/tmp/doudi_pwned.duckdb'
-- @@
(COPY street TO '/tmp/doudi_pwned.csv')
-- @@
DROP TABLE petition_case
-- @@
DELETE FROM street_report
-- @@
INSERT INTO street (code, name, sort_order, kind) VALUES ('x', 'x', 99, '镇')
-- @@
UPDATE app_user SET role = 'admin'
-- @@
TRUNCATE street_form
-- @@
CREATE TABLE pwned AS SELECT * FROM petition_case
-- @@
CREATE VIEW street_report2 AS SELECT 1
-- @@
CREATE MACRO pwned(x) AS x
-- @@
CREATE SECRET pwned (TYPE s3, KEY_ID 'x', SECRET 'y')
-- @@
ALTER TABLE street ADD COLUMN pwned VARCHAR
-- @@
COMMENT ON TABLE street IS 'pwned'
-- @@
BEGIN TRANSACTION
-- @@
CHECKPOINT
-- @@
VACUUM
-- @@
SUMMARIZE petition_case
-- @@
DESCRIBE petition_case
-- @@
SHOW TABLES
-- @@
EXPLAIN SELECT * FROM petition_case
-- @@
SELECT * FROM street WHERE code = ?
-- @@
SELECT count(*) FROM petition a, petition b, petition c
-- @@
SELECT max(a.case_no || b.case_no || c.case_no) FROM petition a CROSS JOIN petition b CROSS JOIN petition c
