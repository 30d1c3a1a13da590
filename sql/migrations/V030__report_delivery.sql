-- Report delivery: the schedules an administrator defines, the streets' contact addresses that
-- reminders (催报) and per-street forms go to, and the outbox every mail passes through, so that
-- each (schedule, period, recipient) is sent exactly once, survives a restart and is retried.

CREATE SEQUENCE report_schedule_id;
CREATE TABLE report_schedule (
    id            BIGINT PRIMARY KEY DEFAULT nextval('report_schedule_id'),
    name          VARCHAR NOT NULL,
    cron          VARCHAR NOT NULL,      -- second minute hour day month weekday, Asia/Shanghai
    report        VARCHAR NOT NULL DEFAULT 'district' CHECK (report IN ('district')),
    format        VARCHAR NOT NULL DEFAULT 'pdf' CHECK (format IN ('pdf', 'xlsx')),
    period_rule   VARCHAR NOT NULL CHECK (period_rule IN ('last_month', 'campaign')), -- 上月 / 全周期
    recipients    VARCHAR NOT NULL DEFAULT '', -- addresses separated by commas
    street_forms  BOOLEAN NOT NULL DEFAULT false, -- also mail each street contact its own form
    enabled       BOOLEAN NOT NULL DEFAULT true,
    created_by    VARCHAR NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    checked_until TIMESTAMPTZ            -- runs due up to this time are already in the outbox
);

-- Where a street's reminders and its own form go (街镇联系人邮箱), kept by the administrator.
CREATE TABLE street_contact (
    street_code  VARCHAR PRIMARY KEY,
    contact_name VARCHAR,
    email        VARCHAR NOT NULL,
    updated_by   VARCHAR NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

-- One row per mail to one recipient. dedup_key makes a second enqueue of the same
-- (schedule, period, recipient) a no-op; state: pending (待发送), sent (已发送), failed (失败).
CREATE SEQUENCE mail_outbox_id;
CREATE TABLE mail_outbox (
    id              BIGINT PRIMARY KEY DEFAULT nextval('mail_outbox_id'),
    dedup_key       VARCHAR NOT NULL UNIQUE,
    kind            VARCHAR NOT NULL CHECK (kind IN ('district', 'street_form', 'reminder')),
    schedule_id     BIGINT,              -- null for reminders and the command line
    period          VARCHAR NOT NULL,    -- YYYY-MM, or campaign
    street_code     VARCHAR,             -- the street of a form or a reminder
    recipient       VARCHAR NOT NULL,
    subject         VARCHAR NOT NULL,
    body            VARCHAR NOT NULL,
    format          VARCHAR,             -- the attachment's format; null for none
    state           VARCHAR NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,         -- while pending: not before this time; null: at once
    last_answer     VARCHAR,             -- the mail server's answer, or why it was not sent
    created_by      VARCHAR NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    sent_at         TIMESTAMPTZ
);
