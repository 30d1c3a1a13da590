-- petition_month: the petition log counted per month of 受理日期, street, channel, status, whether
-- the case is a real-name complaint (实名 and 投诉举报) and whether it was resolved (处置到位).
-- The pages that count the whole log (the petitions overview, the status page, the handling
-- chart, the overview's cards) read these few hundred thousand rows instead of ten million cases.
-- Kept by every writer of petition_case inside the writer's own transaction (the petition load
-- rebuilds the months it touched, the demo load and removal rebuild all: PetitionMonths), so it
-- is never stale. Rebuilt from petition_case here for a warehouse that already holds cases.
CREATE TABLE petition_month (
    period              VARCHAR NOT NULL,  -- YYYY-MM of received_date
    street_code         VARCHAR NOT NULL,
    channel             VARCHAR NOT NULL,
    status              VARCHAR NOT NULL,
    real_name_complaint BOOLEAN NOT NULL,  -- real_name AND category = '投诉举报'
    resolved            BOOLEAN NOT NULL,
    cases               BIGINT NOT NULL
);
INSERT INTO petition_month (period, street_code, channel, status, real_name_complaint, resolved, cases)
SELECT strftime(received_date, '%Y-%m'), street_code, channel, status,
       real_name AND category = '投诉举报', resolved, count(*)
FROM petition_case
GROUP BY ALL
ORDER BY 1, 2;
