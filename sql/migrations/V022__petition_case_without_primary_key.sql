-- petition_case without the PRIMARY KEY on case_no: DuckDB maintains that ART index row by row,
-- which made the commit of a million-row petition load cost more than reading the file (a probe:
-- 500k inserts 2.9 s with the key, 0.3 s without). One row per 编号 is kept by the only writer,
-- the petition loader (last line per 编号 within a file, UPDATE of known cases and INSERT of the
-- rest in one transaction). Nothing uses ON CONFLICT on this table. Columns, order, defaults and
-- foreign keys are unchanged; copied through a scratch table rather than renamed.
CREATE TABLE petition_case_v022 AS SELECT * FROM petition_case;
DROP TABLE petition_case;
CREATE TABLE petition_case (
    case_no            VARCHAR NOT NULL,    -- 编号, one row each (kept unique by the petition loader)
    received_date      DATE NOT NULL,       -- 受理日期: the case belongs to this date's month
    channel            VARCHAR NOT NULL,    -- 来电/来信/来访/网上信访/12345热线
    real_name          BOOLEAN NOT NULL,    -- 是否实名
    category           VARCHAR NOT NULL,    -- 诉求类型: 求助申请/投诉举报/政策咨询/其他
    street_code        VARCHAR NOT NULL REFERENCES street (code),
    program            VARCHAR,             -- 救助项目: 低保/特困/低保边缘/支出型贫困/临时救助/其他
    issues             VARCHAR[],           -- 涉及问题, several per case
    complainant_masked VARCHAR,             -- 反映人, masked: 张*
    id_no_masked       VARCHAR,             -- 身份证号, masked: 3101**********1234
    phone_masked       VARCHAR,             -- 联系电话, masked: 138****5678
    complainant_key    VARCHAR,             -- keyed hash linking repeat complainants without naming them
    id_no_quality      VARCHAR,             -- ok / bad_check_digit / numeric / malformed / absent
    personal_sealed    BLOB,                -- AES-GCM sealed raw values, only when configured to keep them
    status             VARCHAR NOT NULL,    -- 办理状态: 办理中/已办结/已转办
    closed_date        DATE,                -- 办结日期
    resolved           BOOLEAN NOT NULL,    -- 是否处置到位
    load_id            BIGINT REFERENCES load_log (id),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
INSERT INTO petition_case SELECT * FROM petition_case_v022;
DROP TABLE petition_case_v022;
