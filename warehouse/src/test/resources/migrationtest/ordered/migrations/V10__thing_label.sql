-- numeric order: runs after V9 although it sorts before it as text
ALTER TABLE thing ADD COLUMN label VARCHAR;
INSERT INTO thing VALUES (1, 'eins');
