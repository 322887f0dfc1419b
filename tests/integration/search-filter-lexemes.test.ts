// SPDX-License-Identifier: EUPL-1.2
/**
 * Filters as lexemes of the index (filterLexeme): every document carries those of its own
 * values, a filter's lexemes find exactly the documents its columns find, and a text search
 * with filters finds the same hits through them as through the columns alone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCompanies } from "@/lib/import/import-companies";
import { demoCompanies } from "@/lib/seed/demo-data";
import { createPostgresSearchEngine } from "@/lib/search/engines/postgres";
import type { FacetValues } from "@/lib/search/engines/postgres-facets";
import { documentFilterLexemes } from "@/lib/search/engines/postgres-index";
import { filterSql, filterTsquery, Params } from "@/lib/search/engines/postgres-query";
import type { SearchDocType, SearchFilters, SearchQuery } from "@/lib/search/types";
import { drainOutbox } from "@/lib/search/worker";
import { createTestDatabase, type TestDatabase } from "./support/database";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  const summary = await importCompanies(t.db, demoCompanies());
  if (summary.issues.length) throw new Error(`demo import failed: ${JSON.stringify(summary.issues.slice(0, 3))}`);
  const r = await drainOutbox(t.db, createPostgresSearchEngine(t.db));
  if (r.failed) throw new Error(`indexing failed for ${r.failed} outbox rows`);
}, 240_000);

afterAll(async () => {
  await t?.drop();
});

/** A document's filter values as its columns hold them, and the lexemes of its two vectors. */
interface Row extends FacetValues {
  id: string;
  type: SearchDocType;
  verified: boolean;
  tsv: string[];
  title: string[];
}

const rows = () =>
  t.db.$queryRawUnsafe<Row[]>(
    `SELECT id, type, country, region_id, employees, industries, certifications, languages, verified,
            tsvector_to_array(tsv) AS tsv, tsvector_to_array(title_tsv) AS title
       FROM search_documents`,
  );

const setFlag = (on: boolean) => t.db.$executeRawUnsafe(`UPDATE search_state SET filter_lexemes = $1`, on);
const flag = async () =>
  (await t.db.$queryRawUnsafe<{ on: boolean }[]>(`SELECT filter_lexemes AS on FROM search_state`))[0].on;
const isFilterLexeme = (l: string) => l.startsWith("=");

/** Ids of the documents these filters pass, through the columns or through the lexemes of both vectors. */
async function passing(filters: SearchFilters, how: "columns" | "lexemes"): Promise<string[]> {
  const p = new Params();
  let where = filterSql(how === "columns" ? filters : {}, 0, p);
  if (how === "lexemes") {
    const tsquery = p.add(filterTsquery(filters));
    where += ` AND d.tsv @@ ${tsquery}::tsquery AND d.title_tsv @@ ${tsquery}::tsquery`;
  }
  const found = await t.db.$queryRawUnsafe<{ id: string }[]>(`SELECT d.id FROM search_documents d WHERE ${where} ORDER BY d.id`, ...p.values);
  return found.map((r) => r.id);
}

describe("filter lexemes", () => {
  it("are carried by every document for its own values, in the words' and the titles' vectors", async () => {
    const all = await rows();
    expect(all.length).toBeGreaterThan(100);
    for (const r of all) {
      const expected = documentFilterLexemes({
        type: r.type,
        country: r.country,
        regionId: r.region_id,
        employees: r.employees,
        industries: r.industries,
        certifications: r.certifications,
        languages: r.languages,
        verified: r.verified,
      }).sort();
      expect(r.tsv.filter(isFilterLexeme).sort(), r.id).toEqual(expected);
      expect(r.title.filter(isFilterLexeme).sort(), r.id).toEqual(expected);
    }
    // A new installation's index is written with them from the start.
    expect(await flag()).toBe(true);
  });

  it("find exactly the documents the columns pass, for every value in the directory and for combinations", async () => {
    const all = await rows();
    const values = (key: keyof FacetValues) => [
      ...new Set(all.flatMap((r): string[] => [r[key] ?? []].flat())),
    ];
    const single: SearchFilters[] = [
      ...values("type").map((type) => ({ type: type as SearchDocType })),
      ...values("country").map((country) => ({ country: country.toLowerCase() })),
      ...values("region_id").map((region) => ({ region })),
      ...values("employees").map((employees) => ({ employees })),
      ...values("industries").map((industry) => ({ industry })),
      ...values("certifications").map((certification) => ({ certification })),
      ...values("languages").map((language) => ({ language: language.toUpperCase() })),
      { verified: true },
    ];
    // Every kind of filter has values to test.
    expect(single.length).toBeGreaterThan(30);
    const regions = values("region_id");
    const combined: SearchFilters[] = [
      { type: "offer", country: "CZ" },
      { type: "company", country: "DE", employees: "10-49" },
      { regions: regions.slice(0, 3) },
      { country: "CZ", language: "de", industry: values("industries")[0] },
    ];
    for (const filters of [...single, ...combined]) {
      const byColumns = await passing(filters, "columns");
      expect(await passing(filters, "lexemes"), JSON.stringify(filters)).toEqual(byColumns);
    }
  });

  describe("in text searches", () => {
    const queries: [string, SearchFilters][] = [
      ["Logistik", { country: "CZ" }],
      ["Fräsen", { type: "company", country: "DE" }],
      ["CNC", { employees: "10-49" }],
      ["Metall", { type: "offer" }],
      ["obrábění", { language: "de" }],
      ["Schweißen", { region: "de-sn-goerlitz" }],
    ];
    const search = (engine: ReturnType<typeof createPostgresSearchEngine>, q: string, filters: SearchFilters, page = 1) =>
      engine.search({ q, locale: "de", filters, page, pageSize: 10, facets: ["country", "type"] } satisfies SearchQuery);
    // One engine that counts everything one by one, one that estimates anything above ten matches.
    const engines = () => [
      createPostgresSearchEngine(t.db, { queryCache: false }),
      createPostgresSearchEngine(t.db, { queryCache: false, exactUpTo: 10, sampleTarget: 20, candidates: 15 }),
    ];

    it("find the same hits, totals and facet counts as the columns alone", async () => {
      let withHits = 0;
      let estimated = 0;
      for (const [q, filters] of queries) {
        for (const page of [1, 2]) {
          await setFlag(true);
          const through = await Promise.all(engines().map((e) => search(e, q, filters, page)));
          await setFlag(false);
          const apart = await Promise.all(engines().map((e) => search(e, q, filters, page)));
          await setFlag(true);
          for (let i = 0; i < through.length; i++) {
            const label = `${q} ${JSON.stringify(filters)} page ${page}, engine ${i}`;
            expect(through[i].hits.map((h) => h.id), label).toEqual(apart[i].hits.map((h) => h.id));
            expect(through[i].total, label).toBe(apart[i].total);
            expect(through[i].facets, label).toEqual(apart[i].facets);
            expect(through[i].estimated, label).toEqual(apart[i].estimated);
            if (through[i].total) withHits++;
            if (through[i].estimated) estimated++;
          }
        }
      }
      // The comparison means something only where there was something to find.
      expect(withHits).toBeGreaterThanOrEqual(queries.length * 2);
      // Both ways of answering took part: counted one by one, and estimated with ranked candidates.
      expect(estimated).toBeGreaterThan(0);
      expect(estimated).toBeLessThan(withHits);
    });

    it("use them only where the index is flagged as holding them", async () => {
      const saved = await t.db.$queryRawUnsafe<{ id: string; tsv: string; title: string }[]>(
        `SELECT id, tsv::text AS tsv, title_tsv::text AS title FROM search_documents`,
      );
      const lexemes = [...new Set((await rows()).flatMap((r) => r.tsv.filter(isFilterLexeme)))];
      const [q, filters] = queries[0];
      const [exact] = engines();
      const before = await search(exact, q, filters);
      expect(before.total).toBeGreaterThan(0);
      // An index written before filter lexemes existed.
      await t.db.$executeRawUnsafe(
        `UPDATE search_documents SET tsv = ts_delete(tsv, $1::text[]), title_tsv = ts_delete(title_tsv, $1::text[])`,
        lexemes,
      );
      try {
        await setFlag(false);
        const unflagged = await search(engines()[0], q, filters);
        expect(unflagged.hits.map((h) => h.id)).toEqual(before.hits.map((h) => h.id));
        expect(unflagged.total).toBe(before.total);
        // Flagged by mistake, its words would find nothing that passes the filters (what is left
        // comes from the fallbacks, such as the word inside company names): the flag is what
        // keeps such an index working.
        await setFlag(true);
        expect((await search(engines()[0], q, filters)).total).toBeLessThan(before.total);
      } finally {
        await t.db.$executeRawUnsafe(
          `UPDATE search_documents d SET tsv = s.tsv::tsvector, title_tsv = s.title::tsvector
             FROM unnest($1::text[], $2::text[], $3::text[]) AS s(id, tsv, title) WHERE d.id = s.id`,
          saved.map((r) => r.id),
          saved.map((r) => r.tsv),
          saved.map((r) => r.title),
        );
        await setFlag(true);
      }
    });
  });
});
