-- street_report: one row per period and street, the figures of the street's latest form.
-- A later upload for the same street and period supersedes the earlier one (the clerk's
-- correction); a version the work team returned (退回) leaves this view until the street uploads
-- again. Every version stays in street_form.
CREATE OR REPLACE VIEW street_report AS
WITH latest AS (
    SELECT *
    FROM street_form
    QUALIFY row_number() OVER (PARTITION BY period, street_code ORDER BY version DESC) = 1
)
SELECT
    l.period,
    l.street_code,
    s.name AS street_name,
    l.version,
    l.fill_date,
    l.contact_name,
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
JOIN street s ON s.code = l.street_code
WHERE l.returned_at IS NULL;
