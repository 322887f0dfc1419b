-- The default search engine, inside the portal's own PostgreSQL. Written by hand: Prisma does
-- not model these tables, and the drift check tolerates tables that schema.prisma does not know.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- unaccent() is only STABLE because its rules file could change; naming the dictionary
-- explicitly makes the result depend on the input alone, so it may be used in stored columns.
CREATE OR REPLACE FUNCTION search_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- One row per indexed company, offer, request or event, built by lib/search/document-builder.ts.
CREATE TABLE search_documents (
  id              text PRIMARY KEY,
  type            text NOT NULL CHECK (type IN ('company', 'offer', 'request', 'event')),
  entity_id       text NOT NULL,
  organization_id text,
  name            text NOT NULL,
  -- Folded words of the name separated by single spaces: exact-name matches rank first.
  name_key        text NOT NULL,
  name_folded     text GENERATED ALWAYS AS (search_fold(name)) STORED,
  title           text NOT NULL,
  titles          jsonb NOT NULL DEFAULT '{}',
  slug            text NOT NULL,
  text_de         text,
  text_cs         text,
  text_en         text,
  text_languages  text[] NOT NULL DEFAULT '{}',
  -- Dictionary concepts of the text (their labels live in `terms` and, as "~<id>", in `tsv`).
  concept_ids     text[] NOT NULL DEFAULT '{}',
  places          text[] NOT NULL DEFAULT '{}',
  country         text NOT NULL,
  region_id       text,
  city            text,
  industries      text[] NOT NULL DEFAULT '{}',
  certifications  text[] NOT NULL DEFAULT '{}',
  employees       text,
  languages       text[] NOT NULL DEFAULT '{}',
  starts_at       timestamptz,
  starts_at_ts    bigint,
  published_ts    bigint NOT NULL,
  expires_ts      bigint,
  -- The document's combination of facet values (search_facet_groups.id).
  facet_group     integer NOT NULL,
  -- Hash of the stored content: rewriting an unchanged document (a company change rebuilds all
  -- its listings) is skipped instead of touching every index again.
  content_hash    text NOT NULL,
  -- Folded words for the vocabulary: own words and the label words of the document's concepts.
  terms           text[] NOT NULL DEFAULT '{}',
  -- Folded words without positions. `tsv` holds the document's own words (name, titles, texts,
  -- places, certifications) plus one "~<concept id>" per concept; the small ones rank matches.
  name_tsv        tsvector NOT NULL,
  title_tsv       tsvector NOT NULL,
  tsv             tsvector NOT NULL,
  indexed_at      timestamptz NOT NULL DEFAULT now()
);

-- Columns read for every match (ranking, facets) stay in the row, so that PostgreSQL moves the
-- long texts, concept labels and vocabulary words to TOAST storage instead.
ALTER TABLE search_documents
  ALTER COLUMN id SET STORAGE PLAIN,
  ALTER COLUMN type SET STORAGE PLAIN,
  ALTER COLUMN name_key SET STORAGE PLAIN,
  ALTER COLUMN name_folded SET STORAGE PLAIN,
  ALTER COLUMN country SET STORAGE PLAIN,
  ALTER COLUMN region_id SET STORAGE PLAIN,
  ALTER COLUMN employees SET STORAGE PLAIN,
  ALTER COLUMN name_tsv SET STORAGE PLAIN,
  ALTER COLUMN title_tsv SET STORAGE PLAIN,
  ALTER COLUMN industries SET STORAGE MAIN,
  ALTER COLUMN certifications SET STORAGE MAIN,
  ALTER COLUMN languages SET STORAGE MAIN,
  ALTER COLUMN tsv SET STORAGE MAIN;

CREATE INDEX search_documents_tsv_idx ON search_documents USING gin (tsv);
-- Company names containing the query ("metallbau" in "ABC-Metallbau"), tried when no word matches.
CREATE INDEX search_documents_name_trgm_idx ON search_documents USING gin (name_folded gin_trgm_ops);
-- Listings without a query, newest first (per type, as the search page's tabs show them).
CREATE INDEX search_documents_published_idx ON search_documents (published_ts DESC, id);
CREATE INDEX search_documents_type_published_idx ON search_documents (type, published_ts DESC, id);
CREATE INDEX search_documents_starts_idx ON search_documents (starts_at_ts, id) WHERE starts_at_ts IS NOT NULL;
CREATE INDEX search_documents_organization_idx ON search_documents (organization_id);
CREATE INDEX search_documents_expiring_idx ON search_documents (expires_ts) WHERE expires_ts IS NOT NULL;
-- No index per filter column: filters are checked on rows already found through the word index
-- or the date order, and counts come from search_facet_groups; such indexes only slowed writes.

-- Each distinct combination of facet values, with the number of documents that have it and never
-- expire. ~200k documents share ~20k combinations, so filter-only queries are counted from
-- these rows (cached by the engine) instead of from every document.
CREATE TABLE search_facet_groups (
  id             serial PRIMARY KEY,
  signature      text NOT NULL UNIQUE,
  type           text NOT NULL,
  country        text NOT NULL,
  region_id      text,
  employees      text,
  industries     text[] NOT NULL,
  certifications text[] NOT NULL,
  languages      text[] NOT NULL,
  documents      integer NOT NULL DEFAULT 0,
  -- search_state.version of the last change, so caches reload only what changed.
  version        bigint NOT NULL
);

CREATE INDEX search_facet_groups_version_idx ON search_facet_groups (version);

-- One row. `version` grows with every write to the index; `generation` changes with every full
-- reindex (facet group ids are then assigned anew).
CREATE TABLE search_state (
  id         boolean PRIMARY KEY DEFAULT true CHECK (id),
  version    bigint NOT NULL DEFAULT 0,
  generation integer NOT NULL DEFAULT 0
);

INSERT INTO search_state (id) VALUES (true);

-- Every word of the index with the number of documents containing it. Query words are corrected
-- against this small table instead of comparing them with every document.
CREATE TABLE search_terms (
  term      text PRIMARY KEY,
  frequency integer NOT NULL,
  -- The word as an author wrote it ("Dresden" for "dresden"), for "did you mean".
  display   text NOT NULL
);

CREATE INDEX search_terms_trgm_idx ON search_terms USING gin (term gin_trgm_ops);

-- Vocabulary words within `max_typos` edits of `word` (one more, so that callers can accept a
-- swap of two letters as a single typo). The trigram filter uses the index; the similarity
-- threshold is low enough that one typo in a five-letter word still passes it.
CREATE OR REPLACE FUNCTION search_term_candidates(word text, max_typos integer, max_results integer)
  RETURNS TABLE (term text, display text, frequency integer, distance integer)
  LANGUAGE sql STABLE PARALLEL SAFE
  SET pg_trgm.similarity_threshold = 0.2
  AS $$
    SELECT t.term, t.display, t.frequency, levenshtein_less_equal(t.term, word, max_typos + 1) AS distance
    FROM search_terms t
    WHERE t.term % word
      AND length(t.term) BETWEEN length(word) - max_typos AND length(word) + max_typos
      AND levenshtein_less_equal(t.term, word, max_typos + 1) <= max_typos + 1
    ORDER BY distance, t.frequency DESC, t.term
    LIMIT max_results
  $$;
