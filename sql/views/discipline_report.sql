-- discipline_report: one row per period and street, the figures the street reported to the
-- district discipline inspection commission (报送同级纪检监察机关数据), latest load winning.
CREATE OR REPLACE VIEW discipline_report AS
WITH latest AS (
    SELECT *
    FROM discipline_figure
    QUALIFY row_number() OVER (PARTITION BY period, street_code ORDER BY version DESC) = 1
)
SELECT
    l.period,
    l.street_code,
    s.name AS street_name,
    l.loaded_at,
    l.renqing_removed, l.renqing_recovered_yuan,
    l.guanxi_removed, l.guanxi_recovered_yuan,
    l.zhengce_removed, l.zhengce_recovered_yuan,
    l.whole_household_added,
    l.sanwu_removed, l.sanwu_recovered_yuan,
    l.clues_total, l.clues_resolved,
    l.petitions_handled, l.petitions_resolved,
    l.card_custody_cases, l.relative_filings
FROM latest l
JOIN street s ON s.code = l.street_code;
