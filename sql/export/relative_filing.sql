-- requires: relative_filing(period)
-- relative_filing: exported once the register is loaded into the warehouse (CONTRACT view relative_filing: names and
-- ID numbers only masked, keyed hashes); skipped while the view is absent.
SELECT * FROM relative_filing
