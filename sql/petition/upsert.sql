-- Writes the kept rows into petition_case: a new 编号 is inserted, a known one takes the values of
-- this (later) export. ? = the load's number. petition_sealed holds the AES-GCM sealed raw values
-- when the instance is configured to keep them (empty otherwise).
INSERT INTO petition_case (
    case_no, received_date, channel, real_name, category, street_code, program, issues,
    complainant_masked, id_no_masked, phone_masked, complainant_key, id_no_quality, personal_sealed,
    status, closed_date, resolved, load_id, updated_at)
SELECT
    f.case_no, f.received_date, f.channel, f.real_name, f.category, f.street_code, f.program, f.issues,
    f.complainant_masked, f.id_no_masked, f.phone_masked,
    CASE WHEN f.identity IS NOT NULL
         THEN to_base64(unhex(sha256(unhex('${opad}') || unhex(sha256(unhex('${ipad}') || encode(f.identity))))))
    END,
    f.id_no_quality, x.sealed,
    f.status, f.closed_date, f.resolved, ?, current_timestamp
FROM petition_final f
LEFT JOIN petition_sealed x ON x.case_no = f.case_no
ON CONFLICT (case_no) DO UPDATE SET
    received_date = excluded.received_date,
    channel = excluded.channel,
    real_name = excluded.real_name,
    category = excluded.category,
    street_code = excluded.street_code,
    program = excluded.program,
    issues = excluded.issues,
    complainant_masked = excluded.complainant_masked,
    id_no_masked = excluded.id_no_masked,
    phone_masked = excluded.phone_masked,
    complainant_key = excluded.complainant_key,
    id_no_quality = excluded.id_no_quality,
    personal_sealed = excluded.personal_sealed,
    status = excluded.status,
    closed_date = excluded.closed_date,
    resolved = excluded.resolved,
    load_id = excluded.load_id,
    updated_at = excluded.updated_at;
