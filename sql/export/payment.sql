-- requires: payment(period)
-- payment: exported once the register is loaded into the warehouse (CONTRACT view payment: names and
-- ID numbers only masked, keyed hashes); skipped while the view is absent.
SELECT * FROM payment
