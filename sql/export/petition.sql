-- petition: one row per case, in the month of its 受理日期. Personal data only as the petition view
-- has it: masked (张*, 3101**********1234, 138****5678) and the keyed hash complainant_key, whose
-- secret is the instance's own (keys of two districts never link the same person).
SELECT
    period, case_no, received_date, channel, real_name, category, street_code, street_name,
    program, issues, status, closed_date, resolved,
    complainant_masked, id_no_masked, phone_masked, complainant_key, id_no_quality
FROM petition
