-- Types every row of the staged file. Nothing is rejected here: a value that does not parse
-- becomes NULL beside its text, and errors.sql says which line and why.
CREATE OR REPLACE TEMP TABLE petition_stage AS
WITH src AS (
    SELECT
        CAST(line AS BIGINT) AS line,
        nullif(trim(case_no), '') AS case_no,
        nullif(trim(replace(received, 'T', ' ')), '') AS received_text,
        nullif(trim(channel), '') AS channel,
        nullif(upper(trim(real_name)), '') AS real_name_text,
        nullif(trim(category), '') AS category,
        nullif(trim(street), '') AS street_text,
        nullif(trim(program), '') AS program,
        issues,
        nullif(trim(complainant), '') AS complainant,
        nullif(upper(regexp_replace(trim(id_no), '\s', '', 'g')), '') AS id_no,
        nullif(regexp_replace(trim(phone), '[\s-]', '', 'g'), '') AS phone,
        nullif(trim(status), '') AS status,
        nullif(trim(replace(closed, 'T', ' ')), '') AS closed_text,
        nullif(upper(trim(resolved)), '') AS resolved_text
    FROM petition_source
)
SELECT
    line,
    case_no,
    received_text,
    CAST(try_strptime(received_text, [
        '%Y-%m-%d', '%Y/%m/%d', '%Y年%m月%d日', '%Y.%m.%d', '%Y%m%d',
        '%Y-%m-%d %H:%M', '%Y/%m/%d %H:%M', '%Y年%m月%d日 %H:%M', '%Y年%m月%d日%H:%M',
        '%Y-%m-%d %H:%M:%S', '%Y/%m/%d %H:%M:%S', '%Y年%m月%d日 %H:%M:%S', '%Y年%m月%d日%H:%M:%S',
        '%Y-%m-%d %H:%M:%S.%f', '%Y/%m/%d %H:%M:%S.%f'
    ]) AS DATE) AS received_date,
    channel,
    real_name_text,
    CASE WHEN real_name_text IN ('是', 'Y', 'YES', 'TRUE', '1', '实名') THEN true
         WHEN real_name_text IN ('否', 'N', 'NO', 'FALSE', '0', '匿名', '非实名') THEN false END AS real_name,
    category,
    street_text,
    program,
    list_filter(
        list_transform(regexp_split_to_array(coalesce(issues, ''), '[、;；,，]'), x -> trim(x)),
        x -> x <> '') AS issues,
    complainant,
    id_no,
    phone,
    status,
    closed_text,
    CAST(try_strptime(closed_text, [
        '%Y-%m-%d', '%Y/%m/%d', '%Y年%m月%d日', '%Y.%m.%d', '%Y%m%d',
        '%Y-%m-%d %H:%M', '%Y/%m/%d %H:%M', '%Y年%m月%d日 %H:%M', '%Y年%m月%d日%H:%M',
        '%Y-%m-%d %H:%M:%S', '%Y/%m/%d %H:%M:%S', '%Y年%m月%d日 %H:%M:%S', '%Y年%m月%d日%H:%M:%S',
        '%Y-%m-%d %H:%M:%S.%f', '%Y/%m/%d %H:%M:%S.%f'
    ]) AS DATE) AS closed_date,
    resolved_text,
    CASE WHEN resolved_text IN ('是', 'Y', 'YES', 'TRUE', '1', '已处置到位', '到位') THEN true
         WHEN resolved_text IN ('否', 'N', 'NO', 'FALSE', '0', '未处置到位', '未到位') THEN false END AS resolved
FROM src;
