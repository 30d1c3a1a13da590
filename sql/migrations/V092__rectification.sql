-- The problem list and rectification ledger (问题清单, 整改台账, 销号). Items come from a street's
-- (or the district's) ledger file, or are created in the product by hand or from a finding, a
-- real-name complaint or a clue (origin_kind/origin_ref, so that the source finds its item and the
-- item its source). status is what the street reports (整改中/已整改/已销号); review is the district
-- work team's answer to a 销号 (待审核/已确认/退回, null before one). Every change is an event.
CREATE SEQUENCE rectification_record_id;
CREATE TABLE rectification_record (
    id            BIGINT PRIMARY KEY DEFAULT nextval('rectification_record_id'), -- the product's item number
    street_code   VARCHAR REFERENCES street (code), -- null: the district's own ledger
    row_no        INTEGER NOT NULL,           -- 序号 in the street's ledger
    source        VARCHAR NOT NULL,           -- 问题来源: 核查发现/信访举报/自查自纠/上级交办
    problem_type  VARCHAR,                    -- 问题类型
    description   VARCHAR NOT NULL,           -- 问题描述
    department    VARCHAR,                    -- 责任部门
    responsible   VARCHAR,                    -- 责任人
    measures      VARCHAR,                    -- 整改措施
    due_date      DATE,                       -- 整改时限
    result        VARCHAR,                    -- 整改成效
    status        VARCHAR NOT NULL DEFAULT '整改中' CHECK (status IN ('整改中', '已整改', '已销号')),
    closed_date   DATE,                       -- 销号日期
    review        VARCHAR CHECK (review IN ('待审核', '已确认', '退回')),
    review_reason VARCHAR,                    -- why a 销号 was returned
    origin_kind   VARCHAR NOT NULL DEFAULT 'file' CHECK (origin_kind IN ('file', 'manual', 'finding', 'complaint', 'clue')),
    origin_ref    VARCHAR,                    -- finding_record.id, petition_case.case_no or the clue's reference
    load_id       BIGINT,
    created_by    VARCHAR NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
CREATE INDEX rectification_record_origin ON rectification_record (origin_kind, origin_ref);

CREATE SEQUENCE rectification_event_id;
CREATE TABLE rectification_event (
    id          BIGINT PRIMARY KEY DEFAULT nextval('rectification_event_id'),
    item_id     BIGINT NOT NULL,              -- rectification_record.id (no foreign key: items are updated)
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    actor       VARCHAR NOT NULL,             -- account name, cli:<os user>
    action      VARCHAR NOT NULL CHECK (action IN ('created', 'loaded', 'updated', 'rectified',
                    'evidence', 'closure_requested', 'accepted', 'returned')),
    from_status VARCHAR,
    to_status   VARCHAR,
    note        VARCHAR                       -- what changed, in Chinese (the reason of a 退回)
);
CREATE INDEX rectification_event_item ON rectification_event (item_id);

-- Evidence of a rectification (PDF, image, Word), stored under the instance's folder
-- (evidence/<item>/…) so that it travels with the warehouse and its backup.
CREATE SEQUENCE evidence_file_id;
CREATE TABLE evidence_file (
    id           BIGINT PRIMARY KEY DEFAULT nextval('evidence_file_id'),
    item_id      BIGINT NOT NULL,
    file_name    VARCHAR NOT NULL,            -- as uploaded
    content_type VARCHAR NOT NULL,
    size_bytes   BIGINT NOT NULL,
    sha256       VARCHAR NOT NULL,
    stored_path  VARCHAR NOT NULL,            -- relative to the instance's folder
    uploaded_by  VARCHAR NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

-- Each street's 自查自纠工作总结报告, attached to the campaign: the latest file of a street is its
-- report, earlier ones stay listed as history.
CREATE SEQUENCE summary_report_file_id;
CREATE TABLE summary_report_file (
    id           BIGINT PRIMARY KEY DEFAULT nextval('summary_report_file_id'),
    street_code  VARCHAR NOT NULL REFERENCES street (code),
    file_name    VARCHAR NOT NULL,
    content_type VARCHAR NOT NULL,
    size_bytes   BIGINT NOT NULL,
    sha256       VARCHAR NOT NULL,
    stored_path  VARCHAR NOT NULL,
    uploaded_by  VARCHAR NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
