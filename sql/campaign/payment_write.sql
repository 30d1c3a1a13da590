-- a later file of a street's month replaces that month: each street-month the file holds is
-- deleted first (constant filters, so DuckDB skips the row groups of other months by their
-- min/max), then the file's rows are appended to payment_record itself; ? = street, month
DELETE FROM payment_record WHERE street_code = ? AND period = ?;
