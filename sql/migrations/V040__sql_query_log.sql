-- The SQL gateway's own record of every ad-hoc query (自助查询): who asked what, through which
-- door, how it ended, how many rows and how long. It is the audit trail of the gateway and each
-- person's query history in the console; rows are never changed or removed.
CREATE SEQUENCE sql_query_log_id;
CREATE TABLE sql_query_log (
    id          BIGINT PRIMARY KEY DEFAULT nextval('sql_query_log_id'),
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    username    VARCHAR NOT NULL,      -- account name, or cli:<os user> for the command line
    channel     VARCHAR NOT NULL CHECK (channel IN ('console', 'cli', 'jdbc')),
    sql_text    VARCHAR NOT NULL,      -- exactly what the person sent
    outcome     VARCHAR NOT NULL CHECK (outcome IN ('ok', 'refused', 'failed', 'timeout')),
    row_count   BIGINT,                -- rows returned (after the row cap)
    capped      BOOLEAN NOT NULL DEFAULT false, -- true when the row cap cut the result
    elapsed_ms  BIGINT NOT NULL,       -- planning and execution
    message     VARCHAR                -- the Chinese reason of a refusal or failure
);

-- Queries a person keeps under a name in the console (保存的查询).
CREATE SEQUENCE sql_saved_query_id;
CREATE TABLE sql_saved_query (
    id         BIGINT PRIMARY KEY DEFAULT nextval('sql_saved_query_id'),
    username   VARCHAR NOT NULL,
    name       VARCHAR NOT NULL,
    sql_text   VARCHAR NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    UNIQUE (username, name)
);
