-- remove_demo_data: takes the demo data set (演示数据) out of the warehouse before real work starts.
-- What goes: every fact the demo load wrote (forms, discipline figures, cases and their ledger
-- entries; the campaign's registers, removal lists, payments and rectification items with their
-- events and evidence records) and the findings nobody has worked on; the recomputation that follows finds again what
-- the remaining real data shows. What stays: accounts, audit log, schedules, contacts, saved
-- queries, deadlines, dictionaries and any real load. Run in one transaction by DemoDataRemoval;
-- the demo's load_log rows go in a second one (DuckDB checks foreign keys against the rows as they
-- were when the transaction started).
CREATE OR REPLACE TEMP TABLE demo_load AS SELECT id FROM load_log WHERE kind = 'demo';
CREATE OR REPLACE TEMP TABLE demo_case AS
    SELECT case_no FROM petition_case WHERE load_id IN (SELECT id FROM demo_load);
DELETE FROM complaint_ledger_event WHERE case_no IN (SELECT case_no FROM demo_case);
DELETE FROM complaint_ledger_item WHERE case_no IN (SELECT case_no FROM demo_case);
DELETE FROM petition_case WHERE load_id IN (SELECT id FROM demo_load);
DELETE FROM street_form WHERE load_id IN (SELECT id FROM demo_load);
DELETE FROM discipline_figure WHERE load_id IN (SELECT id FROM demo_load);
DELETE FROM relative_filing_record WHERE load_id IN (SELECT id FROM demo_load);
DELETE FROM card_custody_record WHERE load_id IN (SELECT id FROM demo_load);
DELETE FROM removal_record WHERE load_id IN (SELECT id FROM demo_load);
DELETE FROM payment_record WHERE load_id IN (SELECT id FROM demo_load);
CREATE OR REPLACE TEMP TABLE demo_item AS
    SELECT id FROM rectification_record WHERE load_id IN (SELECT id FROM demo_load);
DELETE FROM rectification_event WHERE item_id IN (SELECT id FROM demo_item);
DELETE FROM evidence_file WHERE item_id IN (SELECT id FROM demo_item);
DELETE FROM rectification_record WHERE id IN (SELECT id FROM demo_item);
DROP TABLE demo_item;
DELETE FROM load_run_file WHERE load_id IN (SELECT id FROM demo_load);
CREATE OR REPLACE TEMP TABLE demo_finding AS
    SELECT f.id FROM finding_record f
    WHERE NOT EXISTS (
        SELECT 1 FROM finding_event e WHERE e.finding_id = f.id AND e.actor <> 'system');
DELETE FROM finding_event WHERE finding_id IN (SELECT id FROM demo_finding);
DELETE FROM finding_record WHERE id IN (SELECT id FROM demo_finding);
DROP TABLE demo_finding;
DROP TABLE demo_case;
DROP TABLE demo_load;
