-- Counts the petition log into petition_month (see migrations/V140__petition_month.sql) for the
-- cases ${where} selects (all, or the months a load touched); the caller deletes those months'
-- rows first, in the same transaction. Run by PetitionMonths.
INSERT INTO petition_month (period, street_code, channel, status, real_name_complaint, resolved, cases)
SELECT strftime(received_date, '%Y-%m'), street_code, channel, status,
       real_name AND category = '投诉举报', resolved, count(*)
FROM petition_case
${where}
GROUP BY ALL
ORDER BY 1, 2
