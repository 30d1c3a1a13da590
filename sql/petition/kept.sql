-- The rows to write, as a view so that nothing is materialised twice: valid lines only, the last
-- line of each 编号 in the file (a later line is a later state of the case), personal data reduced
-- to its masked form and a keyed hash. Each statement that reads the view computes only the
-- columns it uses, so the hash is computed once per row, by the statement that writes the row.
-- complainant_key = HMAC-SHA256(secret, 'id:' || ID number, or 'tel:' || phone) in hex (the view
-- petition spells its digits as letters for people; see sql/views/petition.sql);
-- ${ipad} and ${opad} are the secret's HMAC pads in hex, filled by the job (the view is temporary:
-- it lives and dies with the load's connection); ${dedupe} is the QUALIFY that keeps the last
-- line of each 编号, left out when the file names each 编号 once (the window costs more than
-- the check); ${unerrored} is the anti-join on petition_error, left out when no line has an error.
CREATE OR REPLACE TEMP VIEW petition_kept AS
WITH kept AS (
    SELECT s.*, m.street_code
    FROM petition_stage s
    JOIN petition_street m ON m.street_text = s.street_text
    WHERE m.street_code IS NOT NULL
      ${unerrored}
    ${dedupe}
)
SELECT
    line,
    case_no,
    received_date,
    channel,
    real_name,
    category,
    street_code,
    program,
    issues,
    CASE WHEN complainant IS NOT NULL THEN left(complainant, 1) || '*' END AS complainant_masked,
    CASE WHEN id_no IS NULL THEN NULL
         WHEN length(id_no) >= 12 THEN left(id_no, 4) || repeat('*', length(id_no) - 8) || right(id_no, 4)
         ELSE repeat('*', length(id_no)) END AS id_no_masked,
    CASE WHEN phone IS NULL THEN NULL
         WHEN length(phone) >= 9 THEN left(phone, 3) || repeat('*', length(phone) - 7) || right(phone, 4)
         ELSE repeat('*', length(phone)) END AS phone_masked,
    CASE WHEN id_no_quality IN ('ok', 'bad_check_digit') THEN 'id:' || id_no
         WHEN phone IS NOT NULL THEN 'tel:' || phone END AS identity,
    CASE WHEN identity IS NOT NULL
         THEN sha256(unhex('${opad}') || unhex(sha256(unhex('${ipad}') || encode(identity))))
    END AS complainant_key,
    id_no_quality,
    status,
    closed_date,
    coalesce(resolved, false) AS resolved
FROM kept;
