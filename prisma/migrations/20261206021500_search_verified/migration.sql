-- Search documents carry the verification badge of the company behind them: a flag for the
-- "verified only" filter and who vouched, for the hit. Written by hand: search_documents is
-- the PostgreSQL search engine's own table, which schema.prisma does not model. Rows indexed
-- before this start unverified; the outbox rewrites a company's documents when it is verified.
ALTER TABLE search_documents
  ADD COLUMN verified boolean NOT NULL DEFAULT false,
  ADD COLUMN verified_by jsonb;

CREATE INDEX search_documents_verified_idx ON search_documents (published_ts DESC, id) WHERE verified;
