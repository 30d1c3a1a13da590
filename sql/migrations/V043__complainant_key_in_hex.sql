-- petition_case.complainant_key is kept in plain hex; the view petition spells its digits as the
-- letters g-p when it shows the key (the loader used to spell every key as it wrote it, which cost
-- a million-case load 0.9 s). Keys the loader spelt (64 letters a-p) are turned back into hex here,
-- so that keys from before and after this version still link the same person.
UPDATE petition_case
SET complainant_key = translate(complainant_key, 'ghijklmnop', '0123456789')
WHERE regexp_full_match(complainant_key, '[a-p]{64}');
