-- The rows to keep: valid lines only, the last line of each 编号 in the file (a later line is a
-- later state of the case), personal data reduced to its masked form and a keyed hash.
-- complainant_key = HMAC-SHA256(secret, 'id:' || ID number, or 'tel:' || phone), written as hex
-- with the digits 0-9 spelt g-p (letters only, so no key can look like an ID or phone number);
-- ${ipad} and ${opad} are the secret's HMAC pads in hex, filled by the job; ${dedupe} is the
-- QUALIFY that keeps the last line of each 编号, left out when the file names each 编号 once
-- (the window costs more than the check).
CREATE OR REPLACE TEMP TABLE petition_final AS
WITH kept AS (
    SELECT s.*, m.street_code
    FROM petition_stage s
    JOIN petition_street m ON m.street_text = s.street_text
    WHERE m.street_code IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM petition_error e WHERE e.line = s.line)
    ${dedupe}
),
checked AS (
    SELECT
        *,
        CASE
            WHEN id_no IS NULL THEN 'absent'
            WHEN regexp_matches(id_no, '^[0-9.]+E\+?[0-9]+$') OR contains(id_no, '.') THEN 'numeric'
            WHEN NOT regexp_full_match(id_no, '[0-9]{17}[0-9X]') THEN 'malformed'
            WHEN substr('10X98765432', CAST((
                     (ascii(substr(id_no, 1, 1)) - 48) * 7 + (ascii(substr(id_no, 2, 1)) - 48) * 9 + (ascii(substr(id_no, 3, 1)) - 48) * 10 + (ascii(substr(id_no, 4, 1)) - 48) * 5 + (ascii(substr(id_no, 5, 1)) - 48) * 8 + (ascii(substr(id_no, 6, 1)) - 48) * 4 + (ascii(substr(id_no, 7, 1)) - 48) * 2 + (ascii(substr(id_no, 8, 1)) - 48) * 1 + (ascii(substr(id_no, 9, 1)) - 48) * 6 + (ascii(substr(id_no, 10, 1)) - 48) * 3 + (ascii(substr(id_no, 11, 1)) - 48) * 7 + (ascii(substr(id_no, 12, 1)) - 48) * 9 + (ascii(substr(id_no, 13, 1)) - 48) * 10 + (ascii(substr(id_no, 14, 1)) - 48) * 5 + (ascii(substr(id_no, 15, 1)) - 48) * 8 + (ascii(substr(id_no, 16, 1)) - 48) * 4 + (ascii(substr(id_no, 17, 1)) - 48) * 2
                 ) % 11 AS INTEGER) + 1, 1)
                 = right(id_no, 1) THEN 'ok'
            WHEN right(id_no, 3) = '000' THEN 'numeric'
            ELSE 'bad_check_digit'
        END AS id_no_quality
    FROM kept
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
         THEN translate(sha256(unhex('${opad}') || unhex(sha256(unhex('${ipad}') || encode(identity)))),
                        '0123456789', 'ghijklmnop')
    END AS complainant_key,
    id_no_quality,
    status,
    closed_date,
    coalesce(resolved, false) AS resolved
FROM checked;
