-- A small warehouse for the gateway's tests: ten streets' forms and discipline figures for six
-- months (2024-07 .. 2024-12) and 3,000 petition cases, made with SQL so that every figure is
-- reproducible. caoyangxincun's 2024-12 discipline figure differs from its form on purpose.
INSERT INTO load_log (id, kind, file_name, loaded_by, status) VALUES (1, 'demo', 'fixture.sql', 'test', 'loaded');

INSERT INTO street_form (period, street_code, version, load_id, fill_date, contact_name,
    renqing_removed, renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan,
    zhengce_removed, zhengce_recovered_yuan, whole_household_added, sanwu_removed,
    sanwu_recovered_yuan, clues_total, clues_resolved, petitions_handled, petitions_resolved,
    card_custody_cases, relative_filings)
SELECT p.period, s.code, 1, 1, ((p.period || '-20')::DATE + INTERVAL 1 MONTH)::DATE, '联系人' || s.sort_order,
    (s.sort_order + p.n) % 4, ((s.sort_order * p.n) % 5) * 1200.50,
    (s.sort_order * 3 + p.n) % 3, ((s.sort_order + p.n) % 3) * 800.25,
    p.n % 2, (p.n % 2) * 300.00, (s.sort_order + 2 * p.n) % 5,
    (s.sort_order + p.n) % 2, ((s.sort_order + p.n) % 2) * 2000.00,
    10 + s.sort_order, 10 + s.sort_order - ((s.sort_order * p.n) % 7),
    20 + (s.sort_order * p.n) % 9, 15 + (s.sort_order + p.n) % 5,
    s.sort_order % 3, (s.sort_order + p.n) % 4
FROM street s,
    (VALUES ('2024-07', 1), ('2024-08', 2), ('2024-09', 3), ('2024-10', 4), ('2024-11', 5), ('2024-12', 6)) p(period, n);

-- changshoulu corrected its 2024-12 form: version 2 supersedes version 1 in street_report.
INSERT INTO street_form (period, street_code, version, load_id, fill_date, contact_name,
    renqing_removed, renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan,
    zhengce_removed, zhengce_recovered_yuan, whole_household_added, sanwu_removed,
    sanwu_recovered_yuan, clues_total, clues_resolved, petitions_handled, petitions_resolved,
    card_custody_cases, relative_filings)
SELECT period, street_code, 2, 1, fill_date + 3, contact_name,
    renqing_removed + 1, renqing_recovered_yuan + 500, guanxi_removed, guanxi_recovered_yuan,
    zhengce_removed, zhengce_recovered_yuan, whole_household_added, sanwu_removed,
    sanwu_recovered_yuan, clues_total, clues_resolved, petitions_handled, petitions_resolved,
    card_custody_cases, relative_filings
FROM street_form WHERE period = '2024-12' AND street_code = 'changshoulu';

INSERT INTO discipline_figure (period, street_code, version, load_id,
    renqing_removed, renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan,
    zhengce_removed, zhengce_recovered_yuan, whole_household_added, sanwu_removed,
    sanwu_recovered_yuan, clues_total, clues_resolved, petitions_handled, petitions_resolved,
    card_custody_cases, relative_filings)
SELECT period, street_code, 1, 1,
    renqing_removed, renqing_recovered_yuan, guanxi_removed,
    guanxi_recovered_yuan + CASE WHEN period = '2024-12' AND street_code = 'caoyangxincun' THEN 100 ELSE 0 END,
    zhengce_removed, zhengce_recovered_yuan, whole_household_added, sanwu_removed,
    sanwu_recovered_yuan, clues_total, clues_resolved, petitions_handled, petitions_resolved,
    card_custody_cases, relative_filings
FROM street_report;

INSERT INTO petition_case (case_no, received_date, channel, real_name, category, street_code,
    program, issues, complainant_masked, id_no_masked, phone_masked, complainant_key,
    id_no_quality, personal_sealed, status, closed_date, resolved, load_id)
SELECT 'XF2024' || lpad(i::VARCHAR, 5, '0'),
    DATE '2024-07-01' + (i % 184)::INTEGER,
    ['来电', '来信', '来访', '网上信访', '12345热线'][1 + i % 5],
    i % 3 = 0,
    ['求助申请', '投诉举报', '政策咨询', '其他'][1 + i % 4],
    s.code,
    ['低保', '特困', '低保边缘', '支出型贫困', '临时救助', '其他'][1 + i % 6],
    CASE WHEN i % 7 = 0 THEN ['人情保', '关系保'] ELSE ['其他'] END,
    '张*', '3101**********' || lpad((i % 10000)::VARCHAR, 4, '0'), '138****' || lpad((i % 10000)::VARCHAR, 4, '0'),
    sha256('key' || (i % 900)),
    'ok',
    encode('SECRET-ZHANGSAN-310101199001011234'),
    CASE WHEN i % 4 = 0 THEN '办理中' ELSE '已办结' END,
    CASE WHEN i % 4 = 0 THEN NULL ELSE DATE '2024-07-01' + (i % 184)::INTEGER + 10 END,
    i % 4 <> 0 AND i % 5 <> 0,
    1
FROM range(3000) t(i)
JOIN street s ON s.sort_order = 1 + i % 10;

INSERT INTO finding_record (period, street_code, rule, metric, street_value, other_value, severity, message)
VALUES ('2024-12', 'caoyangxincun', 'discipline_mismatch', 'guanxi_recovered_yuan', 800.25, 900.25, 'high',
        '曹杨新村街道 2024-12 关系保追回资金与报送纪检监察机关的数据不一致');

INSERT INTO app_user (username, password_hash, role) VALUES ('secret_admin', '$2a$10$hash', 'admin');
