-- Whether every document of the index carries the lexemes of its filter values ("=c:CZ",
-- "=t:offer", lib/search/engines/postgres-index.ts). Text queries with filters let the GIN index
-- test them with the words once this is set; before, each row the words find is read to test its
-- columns, which gives the same hits more slowly. A full reindex writes every document anew and
-- sets it; an index that is still empty gets every document from code that writes them, so it is
-- set at once.
ALTER TABLE search_state ADD COLUMN filter_lexemes boolean NOT NULL DEFAULT false;

UPDATE search_state SET filter_lexemes = NOT EXISTS (SELECT 1 FROM search_documents);
