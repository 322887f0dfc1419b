-- Whether every document of the index carries the place lexemes of its sample levels
-- ("@508:137#3", lib/search/engines/postgres-index.ts). Searches around a place estimate their
-- facet counts through them once this is set; before, they AND the place lexemes with the
-- sample lexeme, which gives the same counts from a longer read of the index. A full reindex
-- writes every document anew and sets it; an index that is still empty gets every document
-- from code that writes them, so it is set at once.
ALTER TABLE search_state ADD COLUMN cell_samples boolean NOT NULL DEFAULT false;

UPDATE search_state SET cell_samples = NOT EXISTS (SELECT 1 FROM search_documents);
