-- Writes the kept rows into petition_case: a known 编号 takes the values of this (later) export,
-- a new one is inserted. Two plain statements (UPDATE, then INSERT of the rest) rather than
-- INSERT … ON CONFLICT, which DuckDB runs row by row and measured several times slower.
-- The job runs the UPDATE only when some 编号 of the file is known already, and then fills
-- ${new_only} with the NOT EXISTS that leaves the known ones to it; otherwise ${new_only} is empty.
-- ? = the load's number. petition_sealed holds the AES-GCM sealed raw values when the instance
-- is configured to keep them (empty otherwise).
UPDATE petition_case AS p SET
    received_date = f.received_date,
    channel = f.channel,
    real_name = f.real_name,
    category = f.category,
    street_code = f.street_code,
    program = f.program,
    issues = f.issues,
    complainant_masked = f.complainant_masked,
    id_no_masked = f.id_no_masked,
    phone_masked = f.phone_masked,
    complainant_key = f.complainant_key,
    id_no_quality = f.id_no_quality,
    personal_sealed = x.sealed,
    status = f.status,
    closed_date = f.closed_date,
    resolved = f.resolved,
    load_id = ?,
    updated_at = current_timestamp
FROM petition_kept f
LEFT JOIN petition_sealed x ON x.case_no = f.case_no
WHERE p.case_no = f.case_no;
--
INSERT INTO petition_case (
    case_no, received_date, channel, real_name, category, street_code, program, issues,
    complainant_masked, id_no_masked, phone_masked, complainant_key, id_no_quality, personal_sealed,
    status, closed_date, resolved, load_id, updated_at)
SELECT
    f.case_no, f.received_date, f.channel, f.real_name, f.category, f.street_code, f.program, f.issues,
    f.complainant_masked, f.id_no_masked, f.phone_masked, f.complainant_key, f.id_no_quality, x.sealed,
    f.status, f.closed_date, f.resolved, ?, current_timestamp
FROM petition_kept f
LEFT JOIN petition_sealed x ON x.case_no = f.case_no
${new_only};
