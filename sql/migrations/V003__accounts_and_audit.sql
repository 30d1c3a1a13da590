-- Accounts, roles and the audit log live in the warehouse file, so that one file (and its backup)
-- is the whole instance.

CREATE TABLE app_user (
    username         VARCHAR PRIMARY KEY,
    password_hash    VARCHAR NOT NULL,   -- bcrypt
    role             VARCHAR NOT NULL CHECK (role IN ('admin', 'leader', 'analyst', 'street')),
    street_code      VARCHAR REFERENCES street (code), -- set exactly for role street
    display_name     VARCHAR,
    email            VARCHAR,
    enabled          BOOLEAN NOT NULL DEFAULT true,
    failed_logins    INTEGER NOT NULL DEFAULT 0,
    locked_until     TIMESTAMPTZ,        -- set after repeated failed logins
    created_at       TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    password_changed_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    CHECK ((role = 'street') = (street_code IS NOT NULL))
);

CREATE SEQUENCE audit_log_id;
CREATE TABLE audit_log (
    id        BIGINT PRIMARY KEY DEFAULT nextval('audit_log_id'),
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    username  VARCHAR NOT NULL,          -- who, or system / cli:<os user>
    action    VARCHAR NOT NULL,          -- e.g. login_failed, user_created, sql_query, personal_data_viewed
    target    VARCHAR,                   -- what it acted on: an account, a case number, a query
    detail    VARCHAR,
    outcome   VARCHAR NOT NULL DEFAULT 'ok' -- ok / refused / failed
);
