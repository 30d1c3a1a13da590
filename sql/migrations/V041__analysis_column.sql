-- analysis_view and analysis_column: the Chinese description of each analysis view and of each
-- of its columns, shown by the SQL console's schema browser and queryable through the gateway
-- itself. The 15 figure columns are described by the metric dictionary (table metric) and need no
-- row here. A view that gains a column adds its row in a later migration; a column without a row
-- is shown undescribed.
CREATE TABLE analysis_view (
    view_name   VARCHAR PRIMARY KEY,
    description VARCHAR NOT NULL
);

INSERT INTO analysis_view (view_name, description) VALUES
    ('street_report',     '街镇统计表：每个统计期、每个街镇一行，取最新一次（未退回的）报送'),
    ('discipline_report', '报送纪检监察机关的数据：每个统计期、每个街镇一行'),
    ('petition',          '信访/热线案件：每案一行，个人信息只含脱敏值'),
    ('finding',           '核查发现：当前仍成立的问题，每条规则、统计期、街镇、指标一行'),
    ('district_month',    '全区月度汇总：每个统计期一行，15 项指标按已报送街镇求和'),
    ('complaint_ledger',  '实名投诉举报核实台账'),
    ('metric',            '指标字典：统计表 15 项指标的列名与中文表头'),
    ('street',            '街镇字典'),
    ('analysis_view',     '分析视图的中文说明'),
    ('analysis_column',   '分析视图各列的中文说明');

CREATE TABLE analysis_column (
    view_name   VARCHAR NOT NULL,
    column_name VARCHAR NOT NULL,
    description VARCHAR NOT NULL,
    PRIMARY KEY (view_name, column_name)
);

INSERT INTO analysis_column (view_name, column_name, description) VALUES
    ('street_report', 'period',       '统计期（YYYY-MM），数据所属月份'),
    ('street_report', 'street_code',  '街镇代码，如 changshoulu'),
    ('street_report', 'street_name',  '街镇名称，如 长寿路街道'),
    ('street_report', 'version',      '统计表版本：首次上报为 1，每次重报加 1；本视图只取最新未退回版本'),
    ('street_report', 'fill_date',    '填报日期'),
    ('street_report', 'contact_name', '联系人（街镇填表人）'),
    ('street_report', 'loaded_at',    '导入时间'),

    ('discipline_report', 'period',      '统计期（YYYY-MM）'),
    ('discipline_report', 'street_code', '街镇代码'),
    ('discipline_report', 'street_name', '街镇名称'),
    ('discipline_report', 'loaded_at',   '导入时间'),

    ('petition', 'case_no',            '编号（信访/热线案件编号）'),
    ('petition', 'received_date',      '受理日期；案件归属该日期所在月份'),
    ('petition', 'period',             '受理月份（YYYY-MM）'),
    ('petition', 'channel',            '渠道：来电/来信/来访/网上信访/12345热线'),
    ('petition', 'real_name',          '是否实名'),
    ('petition', 'category',           '诉求类型：求助申请/投诉举报/政策咨询/其他'),
    ('petition', 'street_code',        '所属街镇代码'),
    ('petition', 'street_name',        '所属街镇名称'),
    ('petition', 'program',            '救助项目：低保/特困/低保边缘/支出型贫困/临时救助/其他'),
    ('petition', 'issues',             '涉及问题（多项以“、”连接）'),
    ('petition', 'status',             '办理状态：办理中/已办结/已转办'),
    ('petition', 'closed_date',        '办结日期'),
    ('petition', 'resolved',           '是否处置到位'),
    ('petition', 'complainant_masked', '反映人（已脱敏，如 张*）'),
    ('petition', 'id_no_masked',       '身份证号（已脱敏，如 3101**********1234）'),
    ('petition', 'phone_masked',       '联系电话（已脱敏，如 138****5678）'),
    ('petition', 'complainant_key',    '反映人关联键（加密散列，可关联同一人多次反映，不能还原身份）'),
    ('petition', 'id_no_quality',      '身份证号质量：ok 正常 / bad_check_digit 校验位错 / numeric 被当作数字 / malformed 格式错 / absent 缺失'),

    ('finding', 'finding_id',    '核查发现编号'),
    ('finding', 'period',        '统计期（YYYY-MM）'),
    ('finding', 'street_code',   '街镇代码（全区性发现为空）'),
    ('finding', 'street_name',   '街镇名称'),
    ('finding', 'rule',          '核查规则：discipline_mismatch 与纪检数据不一致、resolved_exceeds_total 处置数超总数、petitions_vs_log 信访数与台账不符、late_submission 逾期报送、missing_submission 未报送、outlier_… 统计异常'),
    ('finding', 'metric',        '涉及指标（见 metric 表；无则为空）'),
    ('finding', 'street_value',  '街镇报送值'),
    ('finding', 'other_value',   '比对值（纪检数据、台账数等）'),
    ('finding', 'severity',      '严重程度：high 高 / medium 中 / low 低'),
    ('finding', 'message',       '说明'),
    ('finding', 'status',        '处理状态：open 待处理 / explained 已说明 / corrected 已更正 / closed 已关闭'),
    ('finding', 'first_seen_at', '首次发现时间'),

    ('district_month', 'period',           '统计期（YYYY-MM）'),
    ('district_month', 'streets_reported', '已报送统计表的街镇数'),

    ('metric', 'key',         '指标列名（各视图中的列名）'),
    ('metric', 'ordinal',     '在统计表上的顺序 1–15'),
    ('metric', 'group_label', '表头第一行（分组）'),
    ('metric', 'item_label',  '表头第二行（项目）'),
    ('metric', 'unit_label',  '表头第三行（单位）'),
    ('metric', 'kind',        'count 人数/件数，yuan 金额（元）'),
    ('metric', 'unit',        '单位：人、元、条、件'),
    ('metric', 'short_label', '简称'),

    ('street', 'code',       '街镇代码'),
    ('street', 'name',       '街镇名称'),
    ('street', 'sort_order', '排列顺序'),
    ('street', 'kind',       '街道或镇'),

    ('analysis_view', 'view_name',   '视图名'),
    ('analysis_view', 'description', '中文说明'),

    ('analysis_column', 'view_name',   '视图名'),
    ('analysis_column', 'column_name', '列名'),
    ('analysis_column', 'description', '中文说明');
