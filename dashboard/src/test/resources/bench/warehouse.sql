-- The benchmark warehouse: 24 months (2023-01..2024-12) of forms and discipline figures for the
-- ten streets, about one in twenty figures off, 1,000,000 petition cases spread over the months
-- and streets, and a few thousand findings. Deterministic (setseed) so runs compare.
SELECT setseed(0.42);

INSERT INTO street_form (period, street_code, version, contact_name, fill_date,
    renqing_removed, renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan,
    zhengce_removed, zhengce_recovered_yuan, whole_household_added, sanwu_removed, sanwu_recovered_yuan,
    clues_total, clues_resolved, petitions_handled, petitions_resolved, card_custody_cases, relative_filings)
SELECT strftime(DATE '2023-01-01' + to_months(m.i::INTEGER), '%Y-%m'), s.code, 1, '联系人',
       DATE '2023-01-20' + to_months((m.i + 1)::INTEGER),
       (random() * 8)::INT, round(random() * 40000, 2), (random() * 6)::INT, round(random() * 30000, 2),
       (random() * 4)::INT, round(random() * 20000, 2), (random() * 3)::INT, (random() * 3)::INT,
       round(random() * 15000, 2), 20 + (random() * 30)::INT, 15 + (random() * 5)::INT,
       3000 + (random() * 2000)::INT, 2500 + (random() * 500)::INT, (random() * 5)::INT, (random() * 9)::INT
FROM range(24) m(i), street s;

INSERT INTO discipline_figure (period, street_code, version,
    renqing_removed, renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan,
    zhengce_removed, zhengce_recovered_yuan, whole_household_added, sanwu_removed, sanwu_recovered_yuan,
    clues_total, clues_resolved, petitions_handled, petitions_resolved, card_custody_cases, relative_filings)
SELECT period, street_code, 1,
       renqing_removed + CASE WHEN random() < 0.05 THEN 1 ELSE 0 END, renqing_recovered_yuan,
       guanxi_removed, guanxi_recovered_yuan + CASE WHEN random() < 0.05 THEN 500 ELSE 0 END,
       zhengce_removed, zhengce_recovered_yuan, whole_household_added, sanwu_removed, sanwu_recovered_yuan,
       clues_total, clues_resolved, petitions_handled, petitions_resolved, card_custody_cases, relative_filings
FROM street_form;

INSERT INTO petition_case (case_no, received_date, channel, real_name, category, street_code, program, issues,
    complainant_masked, id_no_masked, phone_masked, complainant_key, id_no_quality, status, closed_date, resolved)
SELECT 'BX' || lpad(i::VARCHAR, 8, '0'),
       DATE '2023-01-01' + (random() * 730)::INT,
       (['来电', '来信', '来访', '网上信访', '12345热线'])[1 + floor(random() * 5)::INT],
       random() < 0.3,
       (['求助申请', '投诉举报', '政策咨询', '其他'])[1 + floor(random() * 4)::INT],
       (['changshoulu', 'caoyangxincun', 'changfengxincun', 'yichuanlu', 'ganquanlu', 'shiquanlu',
         'zhenruzhen', 'wanli', 'changzhengzhen', 'taopuzhen'])[1 + floor(random() * 10)::INT],
       (['低保', '特困', '低保边缘', '支出型贫困', '临时救助', '其他'])[1 + floor(random() * 6)::INT],
       CASE WHEN random() < 0.5 THEN ['人情保'] WHEN random() < 0.5 THEN ['关系保', '优亲厚友']
            ELSE ['资金发放'] END,
       '张*', '3101**********1234', '138****5678', md5(i::VARCHAR), 'ok',
       CASE WHEN random() < 0.8 THEN '已办结' WHEN random() < 0.5 THEN '办理中' ELSE '已转办' END,
       NULL, random() < 0.75
FROM range(1000000) t(i);

INSERT INTO finding_record (period, street_code, rule, metric, street_value, other_value, severity, message)
SELECT period, street_code, 'discipline_mismatch', 'renqing_removed', 1, 2,
       (['high', 'medium', 'low'])[1 + floor(random() * 3)::INT], '基准测试数据'
FROM street_form, range(10);
