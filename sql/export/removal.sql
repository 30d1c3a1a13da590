-- requires: removal(period)
-- removal: exported once the register is loaded into the warehouse (CONTRACT view removal: names and
-- ID numbers only masked, keyed hashes); skipped while the view is absent.
SELECT * FROM removal
