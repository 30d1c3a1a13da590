-- Fact tables: what the loaders keep. Every load is recorded in load_log; every version of a
-- street's form and of the discipline figures stays, the views pick the latest.

CREATE SEQUENCE load_log_id;
CREATE TABLE load_log (
    id           BIGINT PRIMARY KEY DEFAULT nextval('load_log_id'),
    kind         VARCHAR NOT NULL CHECK (kind IN ('street_form', 'discipline', 'petitions', 'demo')),
    file_name    VARCHAR NOT NULL,
    sha256       VARCHAR,              -- of the file's bytes: the same bytes again are 已导入
    size_bytes   BIGINT,
    loaded_by    VARCHAR NOT NULL,     -- account name, or cli:<os user> for the command line
    started_at   TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    finished_at  TIMESTAMPTZ,
    status       VARCHAR NOT NULL CHECK (status IN ('running', 'loaded', 'rejected', 'skipped', 'failed')),
    rows_loaded  BIGINT NOT NULL DEFAULT 0,
    message      VARCHAR               -- the result in Chinese: errors (one per line) or warnings
);

-- One row per version of a street's statistics form (统计表) for a period.
CREATE SEQUENCE street_form_id;
CREATE TABLE street_form (
    id                     BIGINT PRIMARY KEY DEFAULT nextval('street_form_id'),
    period                 VARCHAR NOT NULL,   -- YYYY-MM, the month the figures are for
    street_code            VARCHAR NOT NULL REFERENCES street (code),
    version                INTEGER NOT NULL,   -- 1 for the first upload, +1 for each resubmission
    load_id                BIGINT REFERENCES load_log (id),
    loaded_at              TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    contact_name           VARCHAR,            -- 联系人
    contact_phone          VARCHAR,            -- 电话 (the clerk's office phone)
    fill_date              DATE,               -- 填报日期
    remarks                VARCHAR,            -- the 备注 row
    returned_at            TIMESTAMPTZ,        -- 退回: set when the work team returns this version
    returned_by            VARCHAR,
    returned_reason        VARCHAR,
    renqing_removed        INTEGER NOT NULL CHECK (renqing_removed >= 0),
    renqing_recovered_yuan DECIMAL(14, 2) NOT NULL CHECK (renqing_recovered_yuan >= 0),
    guanxi_removed         INTEGER NOT NULL CHECK (guanxi_removed >= 0),
    guanxi_recovered_yuan  DECIMAL(14, 2) NOT NULL CHECK (guanxi_recovered_yuan >= 0),
    zhengce_removed        INTEGER NOT NULL CHECK (zhengce_removed >= 0),
    zhengce_recovered_yuan DECIMAL(14, 2) NOT NULL CHECK (zhengce_recovered_yuan >= 0),
    whole_household_added  INTEGER NOT NULL CHECK (whole_household_added >= 0),
    sanwu_removed          INTEGER NOT NULL CHECK (sanwu_removed >= 0),
    sanwu_recovered_yuan   DECIMAL(14, 2) NOT NULL CHECK (sanwu_recovered_yuan >= 0),
    clues_total            INTEGER NOT NULL CHECK (clues_total >= 0),
    clues_resolved         INTEGER NOT NULL CHECK (clues_resolved >= 0),
    petitions_handled      INTEGER NOT NULL CHECK (petitions_handled >= 0),
    petitions_resolved     INTEGER NOT NULL CHECK (petitions_resolved >= 0),
    card_custody_cases     INTEGER NOT NULL CHECK (card_custody_cases >= 0),
    relative_filings       INTEGER NOT NULL CHECK (relative_filings >= 0),
    UNIQUE (period, street_code, version)
);

-- One row per version of the figures a street reported to discipline inspection (纪检监察机关).
CREATE SEQUENCE discipline_figure_id;
CREATE TABLE discipline_figure (
    id                     BIGINT PRIMARY KEY DEFAULT nextval('discipline_figure_id'),
    period                 VARCHAR NOT NULL,
    street_code            VARCHAR NOT NULL REFERENCES street (code),
    version                INTEGER NOT NULL,
    load_id                BIGINT REFERENCES load_log (id),
    loaded_at              TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    renqing_removed        INTEGER NOT NULL,
    renqing_recovered_yuan DECIMAL(14, 2) NOT NULL,
    guanxi_removed         INTEGER NOT NULL,
    guanxi_recovered_yuan  DECIMAL(14, 2) NOT NULL,
    zhengce_removed        INTEGER NOT NULL,
    zhengce_recovered_yuan DECIMAL(14, 2) NOT NULL,
    whole_household_added  INTEGER NOT NULL,
    sanwu_removed          INTEGER NOT NULL,
    sanwu_recovered_yuan   DECIMAL(14, 2) NOT NULL,
    clues_total            INTEGER NOT NULL,
    clues_resolved         INTEGER NOT NULL,
    petitions_handled      INTEGER NOT NULL,
    petitions_resolved     INTEGER NOT NULL,
    card_custody_cases     INTEGER NOT NULL,
    relative_filings       INTEGER NOT NULL,
    UNIQUE (period, street_code, version)
);

-- One row per petition or hotline case (信访/热线), updated when a later export has the same 编号.
-- Personal data is kept only masked and as a keyed hash; raw values only when configured, encrypted.
CREATE TABLE petition_case (
    case_no            VARCHAR PRIMARY KEY, -- 编号
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

-- Findings: what the checks found, one row per (rule, period, street, metric), kept across
-- recomputations so that the work team's explanations stay with them.
CREATE SEQUENCE finding_record_id;
CREATE TABLE finding_record (
    id            BIGINT PRIMARY KEY DEFAULT nextval('finding_record_id'),
    period        VARCHAR NOT NULL,
    street_code   VARCHAR REFERENCES street (code),
    rule          VARCHAR NOT NULL,
    metric        VARCHAR REFERENCES metric (key),
    street_value  DECIMAL(18, 2),
    other_value   DECIMAL(18, 2),
    severity      VARCHAR NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
    message       VARCHAR NOT NULL,
    status        VARCHAR NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'explained', 'corrected', 'closed')),
    current       BOOLEAN NOT NULL DEFAULT true, -- false once a recomputation no longer finds it
    first_seen_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    last_seen_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
