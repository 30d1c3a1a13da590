-- street_form: the latest form of every street and period, as street_report shows it (what the
-- district totals are made of). The clerk's name is personal data: only masked (张*).
SELECT
    period, street_code, street_name, version, fill_date,
    CASE WHEN contact_name IS NULL OR contact_name = '' THEN NULL
         ELSE left(contact_name, 1) || '*' END AS contact_masked,
    renqing_removed, renqing_recovered_yuan,
    guanxi_removed, guanxi_recovered_yuan,
    zhengce_removed, zhengce_recovered_yuan,
    whole_household_added,
    sanwu_removed, sanwu_recovered_yuan,
    clues_total, clues_resolved,
    petitions_handled, petitions_resolved,
    card_custody_cases, relative_filings
FROM street_report
