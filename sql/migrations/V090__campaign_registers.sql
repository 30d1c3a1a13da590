-- The campaign's two registers (申报备案): 近亲属备案登记表 (staff who file relatives receiving
-- assistance) and 卡折代管登记表 (someone else holds a recipient's card or passbook). One row per
-- filing / custody case; a later file of the same street's register updates its rows, never
-- doubles them. People appear only masked (张*, 3101**********1234) with a keyed hash (HMAC-SHA256
-- of 'id:' || ID number, in hex, the same keying as petition_case.complainant_key) so that one
-- person links across the registers, the removal lists and the payments; the raw values are kept
-- only sealed (AES-GCM) where the instance is configured to keep them.
-- No foreign key to load_log: DuckDB refuses updates of referencing rows' parents and these rows
-- are updated by later files.

-- 近亲属备案: a filing is one staff ID + one relative ID in a street.
CREATE SEQUENCE relative_filing_record_id;
CREATE TABLE relative_filing_record (
    id                   BIGINT PRIMARY KEY DEFAULT nextval('relative_filing_record_id'),
    street_code          VARCHAR NOT NULL REFERENCES street (code),
    row_no               INTEGER,              -- 序号 in the street's file
    committee            VARCHAR,              -- 居（村）委
    staff_name_masked    VARCHAR NOT NULL,     -- 工作人员姓名
    staff_id_masked      VARCHAR NOT NULL,     -- 工作人员身份证号
    staff_key            VARCHAR NOT NULL,
    staff_kind           VARCHAR NOT NULL,     -- 人员类别: 社会救助经办人员/居委会工作人员/村委会工作人员/社区救助顾问
    staff_position       VARCHAR,              -- 工作单位及职务
    relative_name_masked VARCHAR NOT NULL,     -- 近亲属姓名
    relative_id_masked   VARCHAR NOT NULL,     -- 近亲属身份证号
    relative_key         VARCHAR NOT NULL,
    relation             VARCHAR,              -- 与本人关系
    program              VARCHAR,              -- 享受救助项目
    declared_date        DATE,                 -- 申报日期
    filed_date           DATE NOT NULL,        -- 备案日期: the filing counts in this date's month
    kept_apart           BOOLEAN,              -- 档案是否单独存放
    personal_sealed      BLOB,                 -- names and ID numbers, sealed, only when configured
    load_id              BIGINT,               -- load_log.id of the file that last wrote the row; null when entered by hand
    updated_by           VARCHAR,
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
CREATE INDEX relative_filing_record_street ON relative_filing_record (street_code);

-- 卡折代管: a custody case is one recipient ID + one custodian ID.
CREATE SEQUENCE card_custody_record_id;
CREATE TABLE card_custody_record (
    id                    BIGINT PRIMARY KEY DEFAULT nextval('card_custody_record_id'),
    street_code           VARCHAR NOT NULL REFERENCES street (code),
    row_no                INTEGER,             -- 序号
    committee             VARCHAR,             -- 居（村）委
    recipient_name_masked VARCHAR NOT NULL,    -- 救助对象姓名
    recipient_id_masked   VARCHAR NOT NULL,    -- 救助对象身份证号
    recipient_key         VARCHAR NOT NULL,
    program               VARCHAR,             -- 救助项目
    custodian_name_masked VARCHAR NOT NULL,    -- 代管人姓名
    custodian_id_masked   VARCHAR NOT NULL,    -- 代管人身份证号
    custodian_key         VARCHAR NOT NULL,
    custodian_kind        VARCHAR NOT NULL,    -- 代管人身份: 监护人/委托照料人/本人指定代领人/社会救助工作人员/居（村）干部
    relation              VARCHAR,             -- 与救助对象关系
    reason                VARCHAR,             -- 代管原因
    consent               BOOLEAN,             -- 是否经本人或监护人同意; null when left blank
    start_date            DATE,                -- 代管开始日期
    registered_date       DATE NOT NULL,       -- 登记日期: the case counts in this date's month
    district_filed_date   DATE,                -- 报区备案日期; blank = not filed with the district
    personal_sealed       BLOB,
    load_id               BIGINT,
    updated_by            VARCHAR,
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
CREATE INDEX card_custody_record_street ON card_custody_record (street_code);
