CREATE OR REPLACE TEMP TABLE payment_incoming (
    street_code VARCHAR, period VARCHAR
);
