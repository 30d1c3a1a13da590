-- The reporting calendar: the configured rule for when a period's forms are due and the
-- campaign's first period, kept in the warehouse so that SQL (the findings, period_status) and
-- Java read one answer. The application writes the configured values here at every start
-- (doudi.deadline.day-of-next-month, doudi.campaign.start); a period's own row in
-- submission_deadline (e.g. 春节顺延) overrides the day. See views/period_status.sql.
CREATE TABLE reporting_calendar (
    id                INTEGER PRIMARY KEY CHECK (id = 1),  -- one row
    day_of_next_month INTEGER NOT NULL CHECK (day_of_next_month BETWEEN 1 AND 31),
    campaign_start    VARCHAR NOT NULL                      -- YYYY-MM
);
INSERT INTO reporting_calendar VALUES (1, 25, '2024-11');

-- The four kinds of removal (清退) on the form, part of the metric dictionary: each names its two
-- figures (persons removed, yuan recovered) and the label the pages and reports use for it.
CREATE TABLE removal_kind (
    kind            VARCHAR PRIMARY KEY,               -- renqing, guanxi, zhengce, sanwu
    ordinal         INTEGER NOT NULL UNIQUE,            -- the form's order
    label           VARCHAR NOT NULL,                   -- short: 人情保, 三无特困
    quoted_label    VARCHAR NOT NULL,                   -- as the form quotes it: “人情保”, “三无”特困
    removed_metric  VARCHAR NOT NULL UNIQUE REFERENCES metric (key),
    recovered_metric VARCHAR NOT NULL UNIQUE REFERENCES metric (key)
);
INSERT INTO removal_kind VALUES
    ('renqing', 1, '人情保',   '“人情保”',   'renqing_removed', 'renqing_recovered_yuan'),
    ('guanxi',  2, '关系保',   '“关系保”',   'guanxi_removed',  'guanxi_recovered_yuan'),
    ('zhengce', 3, '政策保',   '“政策保”',   'zhengce_removed', 'zhengce_recovered_yuan'),
    ('sanwu',   4, '三无特困', '“三无”特困', 'sanwu_removed',   'sanwu_recovered_yuan');
