-- The label words of every set of concepts that documents of the index have, written once per
-- set instead of in each document's `terms`: about 80 of a company's 110 vocabulary words came
-- from the labels of its concepts. A document counts in search_terms for its own words and for
-- the words of its set (lib/search/engines/postgres-write.ts); rows written before this table
-- still hold their label words in `terms`, which counts them the same. Written by hand like the
-- rest of the search tables, and replaced with them by a full reindex.
CREATE TABLE search_concept_sets (
  concept_ids text[] PRIMARY KEY,
  terms       text[] NOT NULL
);
