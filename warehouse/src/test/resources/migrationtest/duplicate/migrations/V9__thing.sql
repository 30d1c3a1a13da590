-- creates the table the next migration alters
CREATE TABLE thing (id INTEGER PRIMARY KEY);
