-- Findings workflow: every change of a finding's status is kept as an event, whether an analyst
-- marked it explained (说明) or corrected (已更正), reopened it, or a recomputation found it for the
-- first time, no longer found it (a corrected form closes it) or found it again.
CREATE SEQUENCE finding_event_id;
CREATE TABLE finding_event (
    id          BIGINT PRIMARY KEY DEFAULT nextval('finding_event_id'),
    finding_id  BIGINT NOT NULL,        -- finding_record.id (no foreign key: DuckDB refuses updates
                                        -- of a referenced row, and finding_record rows are updated)
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    actor       VARCHAR NOT NULL,       -- account name, cli:<os user>, or system for recomputations
    action      VARCHAR NOT NULL CHECK (action IN ('found', 'explained', 'corrected', 'reopened', 'closed', 'found_again')),
    from_status VARCHAR,                -- null for found
    to_status   VARCHAR NOT NULL,
    reason      VARCHAR                 -- the analyst's reason, or what the system saw
);
CREATE INDEX finding_event_finding ON finding_event (finding_id);

-- Submission deadlines (报送截止日) the district set for particular periods; a period without a row
-- is due on the configured day of the following month (doudi.deadline.day-of-next-month, default 25).
CREATE TABLE submission_deadline (
    period   VARCHAR PRIMARY KEY,       -- YYYY-MM, the period the forms are for
    due_date DATE NOT NULL,             -- the last day a form may carry as 填报日期
    note     VARCHAR                    -- e.g. the notice that set it
);

-- The seed (普民〔2024〕39号) asks for the campaign's forms by 2024-12-25.
INSERT INTO submission_deadline (period, due_date, note) VALUES
    ('2024-11', DATE '2024-12-25', '普民〔2024〕39号：2024年12月25日前报送');
