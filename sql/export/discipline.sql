-- discipline: the figures every street reported to discipline inspection, latest load winning.
SELECT
    period, street_code, street_name,
    renqing_removed, renqing_recovered_yuan,
    guanxi_removed, guanxi_recovered_yuan,
    zhengce_removed, zhengce_recovered_yuan,
    whole_household_added,
    sanwu_removed, sanwu_recovered_yuan,
    clues_total, clues_resolved,
    petitions_handled, petitions_resolved,
    card_custody_cases, relative_filings
FROM discipline_report
