-- Mail exactly once (see docs/reports.md, 只发一次).
-- origin: who sends the entry. 'server' entries (schedules, reminders, 立即发送) are drained by the
-- server and retried; 'cli' entries are sent by the `report district --mail-to` command itself and
-- never by the server: a command that died leaves them to be reported at the next start, not sent.
-- message_id: the Message-ID header, fixed before the first attempt so that every attempt of one
-- entry carries the same one and a receiver can tell a duplicate.
-- sending_since: set (and committed) just before the message goes to the SMTP server, cleared with
-- its answer; still set at a start means the process died while the server may have accepted it.
-- outcome_unknown: such an entry, marked failed at start and never resent without a person's word
-- (null counts as false: a second column DEFAULT in one transaction trips DuckDB's locked configuration).
ALTER TABLE mail_outbox ADD COLUMN origin VARCHAR DEFAULT 'server';
ALTER TABLE mail_outbox ADD COLUMN message_id VARCHAR;
ALTER TABLE mail_outbox ADD COLUMN sending_since TIMESTAMPTZ;
ALTER TABLE mail_outbox ADD COLUMN outcome_unknown BOOLEAN;

UPDATE mail_outbox SET origin = 'cli' WHERE schedule_id IS NULL AND kind = 'district';
