-- removal: one row per recipient on a street's 清退名单. A removal counts in the month of its
-- 清退日期 (period); kind is the form's removal kind (renqing 人情保, guanxi 关系保, zhengce 政策保,
-- sanwu 三无认定不严). person_key links the person to payments and the registers.
CREATE OR REPLACE VIEW removal AS
SELECT
    r.id AS removal_id,
    r.street_code,
    s.name AS street_name,
    strftime(r.removed_date, '%Y-%m') AS period,
    r.kind,
    CASE r.kind WHEN 'renqing' THEN '人情保' WHEN 'guanxi' THEN '关系保'
        WHEN 'zhengce' THEN '政策保' WHEN 'sanwu' THEN '三无认定不严' END AS kind_label,
    r.program,
    r.removed_date,
    r.recovered_yuan,
    r.row_no,
    r.name_masked,
    r.id_masked,
    translate(r.person_key, '0123456789', 'ghijklmnop') AS person_key,
    r.updated_at
FROM removal_record r
JOIN street s ON s.code = r.street_code;
