-- requires: card_custody(period)
-- card_custody: exported once the register is loaded into the warehouse (CONTRACT view card_custody: names and
-- ID numbers only masked, keyed hashes); skipped while the view is absent.
SELECT * FROM card_custody
