-- district_month: one row per period, the 15 figures of street_report summed over the streets
-- that have a form for it, and how many streets that is.
CREATE OR REPLACE VIEW district_month AS
SELECT
    period,
    count(*) AS streets_reported,
    sum(renqing_removed)::BIGINT AS renqing_removed,
    sum(renqing_recovered_yuan) AS renqing_recovered_yuan,
    sum(guanxi_removed)::BIGINT AS guanxi_removed,
    sum(guanxi_recovered_yuan) AS guanxi_recovered_yuan,
    sum(zhengce_removed)::BIGINT AS zhengce_removed,
    sum(zhengce_recovered_yuan) AS zhengce_recovered_yuan,
    sum(whole_household_added)::BIGINT AS whole_household_added,
    sum(sanwu_removed)::BIGINT AS sanwu_removed,
    sum(sanwu_recovered_yuan) AS sanwu_recovered_yuan,
    sum(clues_total)::BIGINT AS clues_total,
    sum(clues_resolved)::BIGINT AS clues_resolved,
    sum(petitions_handled)::BIGINT AS petitions_handled,
    sum(petitions_resolved)::BIGINT AS petitions_resolved,
    sum(card_custody_cases)::BIGINT AS card_custody_cases,
    sum(relative_filings)::BIGINT AS relative_filings
FROM street_report
GROUP BY period;
