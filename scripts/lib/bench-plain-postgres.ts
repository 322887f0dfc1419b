// SPDX-License-Identifier: EUPL-1.2
/**
 * The yardstick of the search benchmark: plain PostgreSQL full-text search as a Postgres-backed
 * application would write it without a search engine. One table with a GIN index on a tsvector
 * of the `simple` configuration, plainto_tsquery (every word must occur, as typed, lower-cased),
 * ts_rank for the order, and the same total and facet counts the portal shows. No typo
 * tolerance, no folding of diacritics, no base forms, no concepts, no places read from the query.
 */
import pg from "pg";
import { dateBounds } from "../../lib/search/query";
import type { FacetField, SearchDocument, SearchQuery } from "../../lib/search/types";

const TABLE = "bench_plain_fts";

/** Facet field → SQL expression giving its value(s) as a text array. */
const FACET_SQL: Record<FacetField, string> = {
  type: "ARRAY[type]",
  country: "ARRAY[country]",
  region: "ARRAY[region_id]",
  employees: "ARRAY[employees]",
  industry: "industries",
  certification: "certifications",
  language: "languages",
};

export interface PlainPostgresSearch {
  size: number;
  search(query: SearchQuery): Promise<{ total: number; ids: string[] }>;
  close(): Promise<void>;
}

function searchableText(d: SearchDocument): string {
  return [d.name, d.title, ...Object.values(d.titles ?? {}), d.text.de, d.text.cs, d.text.en, ...d.places, d.city ?? "", ...d.certifications]
    .filter(Boolean)
    .join(" ");
}

/** Loads the documents into a table of their own in the benchmark database and builds the GIN index. */
export async function createPlainPostgresSearch(
  url: string,
  batches: AsyncIterable<SearchDocument[]> | Iterable<SearchDocument[]>,
): Promise<PlainPostgresSearch> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP TABLE IF EXISTS ${TABLE}`);
  await client.query(`CREATE TABLE ${TABLE} (
      id text PRIMARY KEY, type text NOT NULL, name text NOT NULL, title text NOT NULL, slug text NOT NULL,
      country text NOT NULL, region_id text, employees text, industries text[] NOT NULL,
      certifications text[] NOT NULL, languages text[] NOT NULL, starts_at_ts bigint, published_ts bigint NOT NULL,
      expires_ts bigint, body text NOT NULL, tsv tsvector)`);
  let size = 0;
  for await (const batch of batches) {
    const rows = batch.map((d) => ({
      id: d.id,
      type: d.type,
      name: d.name,
      title: d.title,
      slug: d.slug,
      country: d.country,
      region_id: d.regionId,
      employees: d.employees,
      industries: d.industries,
      certifications: d.certifications,
      languages: d.languages,
      starts_at_ts: d.startsAtTs,
      published_ts: d.publishedTs,
      expires_ts: d.expiresTs ?? null,
      body: searchableText(d),
    }));
    await client.query(
      `INSERT INTO ${TABLE} (id, type, name, title, slug, country, region_id, employees, industries, certifications,
                             languages, starts_at_ts, published_ts, expires_ts, body, tsv)
       SELECT r.id, r.type, r.name, r.title, r.slug, r.country, r.region_id, r.employees, r.industries, r.certifications,
              r.languages, r.starts_at_ts, r.published_ts, r.expires_ts, r.body, to_tsvector('simple', r.body)
         FROM jsonb_to_recordset($1::jsonb) AS r(id text, type text, name text, title text, slug text, country text,
              region_id text, employees text, industries text[], certifications text[], languages text[],
              starts_at_ts bigint, published_ts bigint, expires_ts bigint, body text)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(rows)],
    );
    size += rows.length;
  }
  await client.query(`CREATE INDEX ${TABLE}_tsv_idx ON ${TABLE} USING gin (tsv)`);
  await client.query(`CREATE INDEX ${TABLE}_published_idx ON ${TABLE} (published_ts DESC, id)`);
  await client.query(`ANALYZE ${TABLE}`);

  async function search(query: SearchQuery): Promise<{ total: number; ids: string[] }> {
    const values: unknown[] = [];
    const add = (v: unknown) => {
      values.push(v);
      return `$${values.length}`;
    };
    const f = query.filters;
    const where = [`(expires_ts IS NULL OR expires_ts > ${add(Math.floor(Date.now() / 1000))})`];
    const q = (query.q ?? "").trim();
    const tsquery = q ? `plainto_tsquery('simple', ${add(q)})` : null;
    if (tsquery) where.push(`tsv @@ ${tsquery}`);
    if (f.type) where.push(`type = ${add(f.type)}`);
    if (f.country) where.push(`country = ${add(f.country.toUpperCase())}`);
    if (f.region) where.push(`region_id = ${add(f.region)}`);
    if (f.employees) where.push(`employees = ${add(f.employees)}`);
    if (f.industry) where.push(`industries @> ARRAY[${add(f.industry)}]`);
    if (f.certification) where.push(`certifications @> ARRAY[${add(f.certification)}]`);
    if (f.language) where.push(`languages @> ARRAY[${add(f.language.toLowerCase())}]`);
    const { fromTs, toTs } = dateBounds(f);
    if (fromTs !== null) where.push(`starts_at_ts >= ${add(fromTs)}`);
    if (toTs !== null) where.push(`starts_at_ts < ${add(toTs)}`);
    const pageSize = query.pageSize ?? 20;
    const offset = ((query.page ?? 1) - 1) * pageSize;
    const rank = tsquery ? `ts_rank(tsv, ${tsquery})` : "0";
    const facets = query.facets ?? [];
    const facetCounts = facets.map(
      (field) =>
        `(SELECT coalesce(jsonb_object_agg(v, n), '{}'::jsonb) FROM (
            SELECT v, count(*) AS n FROM m, unnest(${FACET_SQL[field]}) AS v WHERE v IS NOT NULL GROUP BY v) AS c) AS "${field}"`,
    );
    // What such an application shows: the page of hits by rank, how many there are, and the facet counts.
    const sql = `
      WITH m AS MATERIALIZED (
        SELECT id, type, country, region_id, employees, industries, certifications, languages, published_ts, ${rank} AS rank
          FROM ${TABLE} WHERE ${where.join(" AND ")})
      SELECT (SELECT count(*)::int FROM m) AS total,
             (SELECT coalesce(array_agg(id), '{}') FROM (
                SELECT id FROM m ORDER BY rank DESC, published_ts DESC, id LIMIT ${add(pageSize)} OFFSET ${add(offset)}) AS page) AS ids
             ${facetCounts.length ? `, ${facetCounts.join(", ")}` : ""}`;
    const { rows } = await client.query<{ total: number; ids: string[] }>(sql, values);
    return { total: rows[0].total, ids: rows[0].ids };
  }

  return { size, search, close: () => client.end() };
}
