-- The real-name complaint ledger (实名投诉举报台账): every real-name 投诉举报 case is an item the work
-- team verifies one by one (逐一核实): 待核实 → 核实中 → 属实 / 部分属实 / 不属实, with a note and who/when.
-- The petition loader adds an item for each new real-name complaint; items are never deleted.

CREATE TABLE complaint_ledger_item (
    case_no     VARCHAR PRIMARY KEY,    -- petition_case.case_no (no FOREIGN KEY: DuckDB rewrites list updates as delete + insert)
    state       VARCHAR NOT NULL DEFAULT '待核实'
                CHECK (state IN ('待核实', '核实中', '属实', '部分属实', '不属实')),
    note        VARCHAR,                -- the latest verification note
    updated_by  VARCHAR,                -- who moved it last
    updated_at  TIMESTAMPTZ,            -- when it was moved last
    verified_at TIMESTAMPTZ,            -- when it reached 属实 / 部分属实 / 不属实
    created_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

-- Every move of a ledger item, oldest first: the history the work team shows an auditor.
CREATE SEQUENCE complaint_ledger_event_id;
CREATE TABLE complaint_ledger_event (
    id          BIGINT PRIMARY KEY DEFAULT nextval('complaint_ledger_event_id'),
    case_no     VARCHAR NOT NULL,
    from_state  VARCHAR NOT NULL,
    to_state    VARCHAR NOT NULL,
    note        VARCHAR,
    username    VARCHAR NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

-- How many days an item may stay open (待核实 / 核实中) before it is overdue; the application writes
-- doudi.ledger.overdue-days here at start so that SQL (the complaint_ledger view) sees it.
INSERT INTO instance_setting (key, value) VALUES ('ledger_overdue_days', '15');
