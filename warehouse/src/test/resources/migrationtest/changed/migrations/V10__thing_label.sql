-- edited after it ran
ALTER TABLE thing ADD COLUMN label VARCHAR;
INSERT INTO thing VALUES (1, 'one');
