-- Following the money: who was removed (清退名单, from each street) and who was paid, to whom
-- (社会救助资金发放台账, from the fund platform). Personal data as in the registers (V090): masked,
-- keyed hash, sealed raw only when configured.

-- 清退名单: one row per removed recipient; a removal counts in the month of its 清退日期.
-- A later list of the same street updates the person's row (same person and 清退日期).
CREATE SEQUENCE removal_record_id;
CREATE TABLE removal_record (
    id              BIGINT PRIMARY KEY DEFAULT nextval('removal_record_id'),
    street_code     VARCHAR NOT NULL REFERENCES street (code),
    row_no          INTEGER,                   -- 序号
    name_masked     VARCHAR NOT NULL,          -- 姓名
    id_masked       VARCHAR NOT NULL,          -- 身份证号
    person_key      VARCHAR NOT NULL,
    program         VARCHAR,                   -- 救助项目
    kind            VARCHAR NOT NULL CHECK (kind IN ('renqing', 'guanxi', 'zhengce', 'sanwu')), -- 清退类型
    removed_date    DATE NOT NULL,             -- 清退日期
    recovered_yuan  DECIMAL(14, 2) NOT NULL DEFAULT 0 CHECK (recovered_yuan >= 0), -- 追回资金(元)
    personal_sealed BLOB,
    load_id         BIGINT,
    updated_by      VARCHAR,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
CREATE INDEX removal_record_person ON removal_record (person_key);

-- 社会救助资金发放台账: one row per payment. A later file holding a street's month replaces that
-- month as a whole; within a month the same recipient and program twice is a double payment (kept,
-- and found by the rule double_payment). No index beyond the scan order: tens of thousands of rows
-- a month are appended in bulk.
CREATE TABLE payment_record (
    street_code           VARCHAR NOT NULL,    -- 街镇
    period                VARCHAR NOT NULL,    -- 发放月份 YYYY-MM
    recipient_name_masked VARCHAR NOT NULL,    -- 救助对象姓名
    recipient_id_masked   VARCHAR NOT NULL,    -- 身份证号
    recipient_key         VARCHAR NOT NULL,
    program               VARCHAR NOT NULL,    -- 救助项目
    amount_yuan           DECIMAL(14, 2) NOT NULL, -- 发放金额(元)
    payee_name_masked     VARCHAR,             -- 收款人姓名
    payee_id_masked       VARCHAR,             -- 收款人身份证号
    payee_key             VARCHAR,
    paid_date             DATE,                -- 发放日期
    personal_sealed       BLOB,
    load_id               BIGINT,
    line                  INTEGER              -- the row in the file, to name it in a finding's detail
);
