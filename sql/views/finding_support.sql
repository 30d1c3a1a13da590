-- Helpers the findings rules of sql/findings/ share (not part of the analysis surface).

-- metric_caption: how a finding names a figure, taken from the metric dictionary: item and unit
-- without the bracketed unit, e.g. 清退“关系保”人数, 清退“关系保”追回资金, 问题线索数; the two
-- 其中已处置到位数 items take their short label (线索已处置到位数, 信访已处置到位数) to say which.
CREATE OR REPLACE VIEW metric_caption AS
SELECT
    key AS metric,
    ordinal,
    kind,
    unit,
    CASE
        WHEN item_label LIKE '其中%' THEN short_label
        ELSE regexp_replace(item_label || coalesce(unit_label, ''), '\([^)]*\)', '', 'g')
    END AS caption
FROM metric;

-- period_label('2024-12') = '2024年12月'
CREATE OR REPLACE MACRO period_label(p) AS
    substr(p, 1, 4) || '年' || CAST(CAST(substr(p, 6, 2) AS INTEGER) AS VARCHAR) || '月';

-- period_due_date(p, day): that day of the month after p, or that month's last day when it is
-- shorter. The rules read period_due (views/period_status.sql), which also honours
-- submission_deadline; this stays for analysts' queries that ask about another day.
CREATE OR REPLACE MACRO period_due_date(p, deadline_day) AS
    least(
        (strptime(p || '-01', '%Y-%m-%d') + INTERVAL 1 MONTH)::DATE + (deadline_day - 1),
        last_day((strptime(p || '-01', '%Y-%m-%d') + INTERVAL 1 MONTH)::DATE)
    );

-- figure_text(3, 'count') = '3', figure_text(4.5, 'count') = '4.5',
-- figure_text(39149.1, 'yuan') = '39,149.10元'
CREATE OR REPLACE MACRO figure_text(v, kind) AS
    CASE
        WHEN v IS NULL THEN '（无）'
        WHEN kind = 'yuan' THEN format('{:,.2f}', CAST(v AS DOUBLE)) || '元'
        WHEN v = trunc(v) THEN CAST(CAST(v AS BIGINT) AS VARCHAR)
        ELSE printf('%.1f', CAST(v AS DOUBLE))
    END;

-- street_report_long / discipline_report_long: one row per period, street and figure.
CREATE OR REPLACE VIEW street_report_long AS
UNPIVOT (
    SELECT period, street_code,
        renqing_removed, renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan,
        zhengce_removed, zhengce_recovered_yuan, whole_household_added,
        sanwu_removed, sanwu_recovered_yuan, clues_total, clues_resolved,
        petitions_handled, petitions_resolved, card_custody_cases, relative_filings
    FROM street_report
) ON COLUMNS(* EXCLUDE (period, street_code)) INTO NAME metric VALUE value;

CREATE OR REPLACE VIEW discipline_report_long AS
UNPIVOT (
    SELECT period, street_code,
        renqing_removed, renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan,
        zhengce_removed, zhengce_recovered_yuan, whole_household_added,
        sanwu_removed, sanwu_recovered_yuan, clues_total, clues_resolved,
        petitions_handled, petitions_resolved, card_custody_cases, relative_filings
    FROM discipline_report
) ON COLUMNS(* EXCLUDE (period, street_code)) INTO NAME metric VALUE value;

-- street_outlier_score: every street's value of a measure against the other streets of the same
-- period, by a robust z-score (the outlier_… findings read it):
--   z = (x - median) / (1.4826 * MAD), MAD = median |x - median|,
--   where MAD is 0, (x - median) / (1.2533 * mean |x - median|) instead; NULL when every street
--   has the same value. streets = how many streets have a value that period.
-- Measures: yuan_per_person = recovered yuan per removed person (the kinds of removal_kind
-- summed: 追回资金 / 清退人数), for streets with someone removed; clue_resolution = the share of clues handled to
-- completion in percent (clues_resolved / clues_total), for streets with clues (forms with more
-- resolved than clues are left out: resolved_exceeds_total finds them).
CREATE OR REPLACE VIEW street_outlier_score AS
WITH removal AS (
    -- the kinds of removal and their figures come from the dictionary (removal_kind)
    SELECT
        l.period,
        l.street_code,
        sum(l.value) FILTER (WHERE l.metric IN (SELECT recovered_metric FROM removal_kind)) AS recovered,
        sum(l.value) FILTER (WHERE l.metric IN (SELECT removed_metric FROM removal_kind)) AS removed
    FROM street_report_long l
    GROUP BY l.period, l.street_code
),
x AS (
    SELECT 'yuan_per_person' AS measure, r.period, r.street_code, s.name AS street_name,
        r.recovered / r.removed AS value
    FROM removal r
    JOIN street s ON s.code = r.street_code
    WHERE r.removed > 0
    UNION ALL
    SELECT 'clue_resolution', period, street_code, street_name,
        100.0 * clues_resolved / clues_total
    FROM street_report
    WHERE clues_total > 0
      AND clues_resolved <= clues_total
),
centre AS (
    SELECT measure, period, median(value) AS med, count(*) AS streets
    FROM x GROUP BY measure, period
),
spread AS (
    SELECT x.measure, x.period, median(abs(x.value - c.med)) AS mad, avg(abs(x.value - c.med)) AS meanad
    FROM x JOIN centre c USING (measure, period) GROUP BY x.measure, x.period
)
SELECT
    x.*,
    c.med,
    c.streets,
    CASE
        WHEN s.mad > 0 THEN (x.value - c.med) / (1.4826 * s.mad)
        WHEN s.meanad > 0 THEN (x.value - c.med) / (1.2533 * s.meanad)
    END AS z
FROM x JOIN centre c USING (measure, period) JOIN spread s USING (measure, period);
