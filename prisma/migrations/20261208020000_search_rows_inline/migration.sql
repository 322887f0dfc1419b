-- Rows of search_documents up to a page (8160 bytes) are stored as they are. By default
-- PostgreSQL tries to compress the largest values of every row over 2 kB, and keeps the result
-- only if it saves a quarter: the words, lexemes and descriptions of a document rarely compress
-- that well, so the work was mostly thrown away. Copying 40,000 company documents took 2.6 s
-- with it and 1.6 s without, and the table with its TOAST data was smaller without
-- (docs/performance.md). A full reindex gives its copy the live table's settings.
ALTER TABLE search_documents SET (toast_tuple_target = 8160);
