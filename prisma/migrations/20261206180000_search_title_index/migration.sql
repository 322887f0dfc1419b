-- Matches in a document's name or titles, the first ranks of a search, through their own index:
-- a query with more matches than the engine counts one by one ranks these in full (see
-- lib/search/engines/postgres.ts). Written by hand like the rest of the search tables.
CREATE INDEX search_documents_title_tsv_idx ON search_documents USING gin (title_tsv);
