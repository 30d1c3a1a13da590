-- rectification_item: one row per problem-list item (问题清单/整改台账). status is what the street
-- reports (整改中/已整改/已销号); review is the district work team's answer to a 销号 (待审核/已确认/
-- 退回, null before one): an item is closed for good only when its 销号 is 已确认. An item past its
-- 整改时限 (due_date) and not 已销号 is overdue, counted from today in Asia/Shanghai.
-- item_no is the product's own number for the item (a later ledger may carry it to match rows);
-- source_kind/source_ref name the finding, real-name complaint or clue the item was made from.
CREATE OR REPLACE VIEW rectification_item AS
SELECT
    r.id AS item_no,
    r.street_code,
    coalesce(s.name, '区级') AS street_name,
    r.row_no,
    r.source,
    r.problem_type,
    r.description,
    r.department,
    r.responsible,
    r.measures,
    r.due_date,
    r.result,
    r.status,
    r.closed_date,
    r.review,
    r.review_reason,
    r.due_date IS NOT NULL AND r.due_date < current_date AND r.status <> '已销号' AS overdue,
    CASE WHEN r.due_date IS NOT NULL AND r.status <> '已销号'
         THEN greatest(current_date - r.due_date, 0) END AS days_overdue,
    r.origin_kind AS source_kind,
    r.origin_ref AS source_ref,
    (SELECT count(*) FROM evidence_file e WHERE e.item_id = r.id) AS evidence_files,
    r.created_by,
    r.created_at,
    r.updated_at
FROM rectification_record r
LEFT JOIN street s ON s.code = r.street_code;
