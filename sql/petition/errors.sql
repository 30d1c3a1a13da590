-- One row per bad line of the staged file with every reason, in the user's words. The temp table
-- petition_street maps each 所属街镇 text to a street code (NULL when unknown).
CREATE OR REPLACE TEMP TABLE petition_error AS
SELECT line, case_no, reason
FROM (
    SELECT
        s.line,
        s.case_no,
        concat_ws('；',
            CASE WHEN s.case_no IS NULL THEN '编号为空' END,
            CASE WHEN s.received_text IS NULL THEN '受理日期为空'
                 WHEN s.received_date IS NULL THEN '受理日期“' || s.received_text || '”无法识别' END,
            CASE WHEN s.channel IS NULL THEN '渠道为空' END,
            CASE WHEN s.real_name_text IS NULL THEN '是否实名为空'
                 WHEN s.real_name IS NULL THEN '是否实名“' || s.real_name_text || '”应为 是 或 否' END,
            CASE WHEN s.category IS NULL THEN '诉求类型为空' END,
            CASE WHEN s.street_text IS NULL THEN '所属街镇为空'
                 WHEN m.street_code IS NULL THEN '所属街镇“' || s.street_text || '”不是本区街镇' END,
            CASE WHEN s.status IS NULL THEN '办理状态为空' END,
            CASE WHEN s.closed_text IS NOT NULL AND s.closed_date IS NULL
                 THEN '办结日期“' || s.closed_text || '”无法识别' END,
            CASE WHEN s.resolved_text IS NOT NULL AND s.resolved IS NULL
                 THEN '是否处置到位“' || s.resolved_text || '”应为 是 或 否' END
        ) AS reason
    FROM petition_stage s
    LEFT JOIN petition_street m ON m.street_text = s.street_text
)
WHERE reason <> '';
