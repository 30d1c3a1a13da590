-- Dictionaries every other table refers to: the district's streets and towns (街镇) with the
-- other ways streets write their names, and the 15 figures of the statistics form (统计表).
-- Another district replaces the street rows by a later migration or by configuration.

CREATE TABLE street (
    code        VARCHAR PRIMARY KEY,   -- stable code used in every table and URL, e.g. changshoulu
    name        VARCHAR NOT NULL UNIQUE, -- official name, e.g. 长寿路街道
    sort_order  INTEGER NOT NULL,      -- the order the bureau lists streets in
    kind        VARCHAR NOT NULL CHECK (kind IN ('街道', '镇'))
);

CREATE TABLE street_alias (
    alias       VARCHAR PRIMARY KEY,   -- another way a street writes its name, e.g. 长寿路
    street_code VARCHAR NOT NULL REFERENCES street (code)
);

INSERT INTO street (code, name, sort_order, kind) VALUES
    ('changshoulu',     '长寿路街道',   1, '街道'),
    ('caoyangxincun',   '曹杨新村街道', 2, '街道'),
    ('changfengxincun', '长风新村街道', 3, '街道'),
    ('yichuanlu',       '宜川路街道',   4, '街道'),
    ('ganquanlu',       '甘泉路街道',   5, '街道'),
    ('shiquanlu',       '石泉路街道',   6, '街道'),
    ('zhenruzhen',      '真如镇街道',   7, '街道'),
    ('wanli',           '万里街道',     8, '街道'),
    ('changzhengzhen',  '长征镇',       9, '镇'),
    ('taopuzhen',       '桃浦镇',      10, '镇');

INSERT INTO street_alias (alias, street_code) VALUES
    ('长寿路', 'changshoulu'),
    ('曹杨新村', 'caoyangxincun'), ('曹杨', 'caoyangxincun'),
    ('长风新村', 'changfengxincun'), ('长风', 'changfengxincun'),
    ('宜川路', 'yichuanlu'), ('宜川', 'yichuanlu'),
    ('甘泉路', 'ganquanlu'), ('甘泉', 'ganquanlu'),
    ('石泉路', 'shiquanlu'), ('石泉', 'shiquanlu'),
    ('真如镇', 'zhenruzhen'), ('真如', 'zhenruzhen'),
    ('万里', 'wanli'),
    ('长征', 'changzhengzhen'),
    ('桃浦', 'taopuzhen');

-- The metric dictionary: the one place the product takes the form's Chinese labels from.
CREATE TABLE metric (
    key         VARCHAR PRIMARY KEY,   -- column name in every fact table and view
    ordinal     INTEGER NOT NULL UNIQUE, -- position on the printed form, 1..15
    group_label VARCHAR NOT NULL,      -- header row 1, e.g. 对象认定不精准情况
    item_label  VARCHAR NOT NULL,      -- header row 2, e.g. 清退“人情保”
    unit_label  VARCHAR,               -- header row 3, e.g. 人数(人); null where the item carries its unit
    kind        VARCHAR NOT NULL CHECK (kind IN ('count', 'yuan')),
    unit        VARCHAR NOT NULL,      -- the unit a figure is read and shown in: 人, 元, 条, 件
    short_label VARCHAR NOT NULL       -- a label short enough for a chart axis or a table column
);

INSERT INTO metric (key, ordinal, group_label, item_label, unit_label, kind, unit, short_label) VALUES
    ('renqing_removed',        1, '对象认定不精准情况', '清退“人情保”', '人数(人)', 'count', '人', '清退人情保人数'),
    ('renqing_recovered_yuan', 2, '对象认定不精准情况', '清退“人情保”', '追回资金(元)', 'yuan', '元', '人情保追回资金'),
    ('guanxi_removed',         3, '对象认定不精准情况', '清退“关系保”', '人数(人)', 'count', '人', '清退关系保人数'),
    ('guanxi_recovered_yuan',  4, '对象认定不精准情况', '清退“关系保”', '追回资金(元)', 'yuan', '元', '关系保追回资金'),
    ('zhengce_removed',        5, '对象认定不精准情况', '清退“政策保”', '人数(人)', 'count', '人', '清退政策保人数'),
    ('zhengce_recovered_yuan', 6, '对象认定不精准情况', '清退“政策保”', '追回资金(元)', 'yuan', '元', '政策保追回资金'),
    ('whole_household_added',  7, '对象认定不精准情况', '纠正以“单人保”代替“整户保”问题，新纳入低保人数(人)', NULL, 'count', '人', '整户保新纳入人数'),
    ('sanwu_removed',          8, '对象认定不精准情况', '清退因审核把关不严、随意放宽“三无”认定条件纳入特困供养人员', '人数(人)', 'count', '人', '清退三无特困人数'),
    ('sanwu_recovered_yuan',   9, '对象认定不精准情况', '清退因审核把关不严、随意放宽“三无”认定条件纳入特困供养人员', '追回资金(元)', 'yuan', '元', '三无特困追回资金'),
    ('clues_total',           10, '民政部门问题线索查处情况', '问题线索数(条)', NULL, 'count', '条', '问题线索数'),
    ('clues_resolved',        11, '民政部门问题线索查处情况', '其中已处置到位数(件)', NULL, 'count', '件', '线索已处置到位数'),
    ('petitions_handled',     12, '社会救助领域信访事项处理情况', '办理社会救助领域信访事项数(件)', NULL, 'count', '件', '信访事项数'),
    ('petitions_resolved',    13, '社会救助领域信访事项处理情况', '其中已处置到位数(件)', NULL, 'count', '件', '信访已处置到位数'),
    ('card_custody_cases',    14, '其它', '卡折代管案数(人)', NULL, 'count', '人', '卡折代管案数'),
    ('relative_filings',      15, '其它', '近亲属备案数(人)', NULL, 'count', '人', '近亲属备案数');

-- Settings of this instance that the product itself keeps (not user configuration): whether the
-- loaded data is the demo set (演示数据), when it was loaded.
CREATE TABLE instance_setting (
    key        VARCHAR PRIMARY KEY,
    value      VARCHAR NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
