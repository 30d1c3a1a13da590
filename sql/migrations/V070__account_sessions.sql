-- Accounts that hold: a session is only as good as the account behind it. Every request compares the
-- credential version its login saw with the account's; disabling, resetting or changing the password
-- bumps it, so that older sessions (web and JDBC) end at once. An account the admin created or reset
-- must choose its own password at its first login, so that the admin does not know it.
-- (No DEFAULT on the BOOLEAN: DuckDB 1.5 refuses one in ALTER TABLE once the configuration is
-- locked; a missing value reads as false.)
ALTER TABLE app_user ADD COLUMN credential_version INTEGER DEFAULT 0;
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN;
UPDATE app_user SET must_change_password = false;

-- Real-name complaints: a street sees findings, and a case number gives the channel and the day,
-- which with one or two cases a month points to the person. The rule no longer lists them (the work
-- team reads them in the complaint ledger); messages written before are cut the same way.
UPDATE finding_record
SET message = regexp_replace(message, '天：.*$', '天（案件编号见实名投诉举报台账）')
WHERE rule = 'overdue_complaint' AND message LIKE '%天：%';
