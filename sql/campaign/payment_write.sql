-- a later file of a street's month replaces that month: the months this file holds go first, then
-- the file's rows are appended to payment_record itself
DELETE FROM payment_record p
WHERE EXISTS (
    SELECT 1 FROM payment_incoming i WHERE i.street_code = p.street_code AND i.period = p.period
);
