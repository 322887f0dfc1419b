// SPDX-License-Identifier: EUPL-1.2
/**
 * Queries with more matches than the PostgreSQL engine counts one by one: counts estimated from
 * the index's samples, the best matches ranked from bounded candidates. The engine's bounds are
 * lowered here so that a directory of about a thousand firms is "large".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCompanies } from "../../lib/import/import-companies";
import { createPostgresSearchEngine } from "../../lib/search/engines/postgres";
import { cellLexemes, SAMPLE_LEVELS, sampledCell, sampleLexeme } from "../../lib/search/engines/postgres-index";
import { plannerPool } from "../../lib/search/engines/postgres-planner-pool";
import type { SearchEngine, SearchHit, SearchQuery } from "../../lib/search/types";
import { drainOutbox } from "../../lib/search/worker";
import { createTestDatabase, type TestDatabase } from "./support/database";

const pad = (i: number) => String(i + 1).padStart(3, "0");
const firms = [
  // The word in the name: the first ranks.
  ...Array.from({ length: 40 }, (_, i) => ({
    externalId: `name-${i}`,
    name: `Korund Werk ${pad(i)}`,
    country: "DE",
    city: "Meißen",
    description: { de: "Schleifmittel für die Industrie." },
  })),
  // The word in the description only.
  ...Array.from({ length: 760 }, (_, i) => ({
    externalId: `de-${i}`,
    name: `Abrasiv ${pad(i)} GmbH`,
    country: "DE",
    city: "Meißen",
    description: { de: "Wir verarbeiten Korund in Serie." },
  })),
  ...Array.from({ length: 300 }, (_, i) => ({
    externalId: `cz-${i}`,
    name: `Brusivo ${pad(i)} s.r.o.`,
    country: "CZ",
    city: "Most",
    description: { de: "Wir verarbeiten Korund in Serie." },
  })),
];

const query = (q: string, extra: Partial<SearchQuery> = {}): SearchQuery => ({
  q,
  locale: "de",
  filters: { type: "company" },
  page: 1,
  pageSize: 20,
  facets: ["country"],
  ...extra,
});

const levels = Array.from({ length: SAMPLE_LEVELS }, (_, i) => sampleLexeme(i + 1));

/** Remembers the document vectors of the rows matching `where`; the function returned puts them back. */
async function keepVectors(db: TestDatabase, where: string): Promise<() => Promise<void>> {
  const saved = await db.db.$queryRawUnsafe<{ id: string; tsv: string }[]>(`SELECT id, tsv::text AS tsv FROM search_documents WHERE ${where}`);
  return async () => {
    await db.db.$executeRawUnsafe(
      `UPDATE search_documents d SET tsv = s.tsv::tsvector FROM unnest($1::text[], $2::text[]) AS s(id, tsv) WHERE d.id = s.id`,
      saved.map((r) => r.id),
      saved.map((r) => r.tsv),
    );
  };
}

const within = (value: number | undefined, expected: number, share: number) =>
  Math.abs((value ?? 0) - expected) <= expected * share;

describe("postgres search engine, results too large to count one by one", () => {
  let db: TestDatabase;
  let large: SearchEngine;
  let exact: SearchEngine;

  beforeAll(async () => {
    db = await createTestDatabase();
    // Far above this directory, so that it always counts one by one.
    exact = createPostgresSearchEngine(db.db, { queryCache: false, exactUpTo: 100_000 });
    large = createPostgresSearchEngine(db.db, { queryCache: false, exactUpTo: 100, sampleTarget: 200, candidates: 60 });
    await importCompanies(db.db, firms);
    await drainOutbox(db.db, exact);
  }, 120_000);

  afterAll(async () => {
    await db?.drop();
  });

  it("counts a result below the bound exactly, and says nothing is estimated", async () => {
    const r = await exact.search(query("Korund"));
    expect(r.total).toBe(1100);
    expect(r.facets.country).toEqual({ DE: 800, CZ: 300 });
    expect(r.estimated).toBeUndefined();
  });

  it("estimates the total and the facet counts of a larger result from a sample", async () => {
    const r = await large.search(query("Korund"));
    expect(r.estimated).toBeDefined();
    // About 275 sampled matches: these margins are several standard errors wide.
    expect(within(r.total, 1100, 0.3)).toBe(true);
    expect(within(r.facets.country?.DE, 800, 0.35)).toBe(true);
    expect(within(r.facets.country?.CZ, 300, 0.5)).toBe(true);
  });

  it("ranks every name match first, in the same order as the exact ranking", async () => {
    const names = async (engine: SearchEngine) => {
      const out: string[] = [];
      for (let page = 1; page <= 2; page++) out.push(...(await engine.search(query("Korund", { page }))).hits.map((h) => h.name));
      return out;
    };
    const expected = Array.from({ length: 40 }, (_, i) => `Korund Werk ${pad(i)}`);
    expect(await names(large)).toEqual(expected);
    expect(await names(exact)).toEqual(expected);
  });

  it("pages through the ranked hits without repeating one, and stops where the ranking does", async () => {
    const first = await large.search(query("Korund"));
    const reachable = first.estimated!.reachable;
    // Every name match, and candidates for the next ranks up to the bound.
    expect(reachable).toBeGreaterThanOrEqual(60);
    expect(reachable).toBeLessThanOrEqual(120);
    const seen: SearchHit[] = [];
    for (let page = 1; page <= Math.ceil(reachable / 20); page++) seen.push(...(await large.search(query("Korund", { page }))).hits);
    expect(seen).toHaveLength(reachable);
    expect(new Set(seen.map((h) => h.id)).size).toBe(reachable);
    const beyond = await large.search(query("Korund", { page: Math.ceil(reachable / 20) + 1 }));
    expect(beyond.hits).toEqual([]);
    expect(beyond.estimated).toBeDefined();
  });

  it("lists the nearest firms first around a place, with no words", async () => {
    const [most] = await db.db.$queryRawUnsafe<{ lat: number; lon: number }[]>(
      `SELECT geo_lat AS lat, geo_lon AS lon FROM search_documents WHERE name LIKE 'Brusivo%' LIMIT 1`,
    );
    const near = { name: "Most", lat: most.lat, lon: most.lon, radiusKm: 150 };
    const r = await large.search(query("", { filters: { type: "company", near } }));
    expect(r.estimated).toBeDefined();
    expect(within(r.total, 1100, 0.3)).toBe(true);
    // The listing reaches as far as its ring: firms of Most (300 of the 1,100, all at distance
    // 0), up to twice the candidates, and none of the 800 in Meißen, about 75 km away.
    expect(r.estimated!.reachable).toBe(120);
    const hits: SearchHit[] = [];
    for (let page = 1; page <= 6; page++) hits.push(...(await large.search(query("", { filters: { type: "company", near }, page }))).hits);
    expect(hits.map((h) => h.city)).toEqual(Array(120).fill("Most"));
    expect(new Set(hits.map((h) => h.id)).size).toBe(120);
  });

  it("still lists the nearest firms when the sample holds none of them", async () => {
    // Takes the firms of Most out of every sample, as chance may for a town's few firms: the ring
    // then reaches Meißen, and must still keep its nearest members, not the first rows it meets.
    const restore = await keepVectors(db, `name LIKE 'Brusivo%'`);
    await db.db.$executeRawUnsafe(`UPDATE search_documents SET tsv = ts_delete(tsv, $1::text[]) WHERE name LIKE 'Brusivo%'`, levels);
    try {
      const [most] = await db.db.$queryRawUnsafe<{ lat: number; lon: number }[]>(
        `SELECT geo_lat AS lat, geo_lon AS lon FROM search_documents WHERE name LIKE 'Brusivo%' LIMIT 1`,
      );
      const near = { name: "Most", lat: most.lat, lon: most.lon, radiusKm: 150 };
      const hits: SearchHit[] = [];
      for (let page = 1; page <= 3; page++) hits.push(...(await large.search(query("", { filters: { type: "company", near }, page }))).hits);
      expect(hits.map((h) => h.city)).toEqual(Array(60).fill("Most"));
    } finally {
      await restore();
    }
  });

  it("ranks on connections of its own that plan as the ranking needs, with the same answers as per statement", async () => {
    const pool = plannerPool(db.db, { enable_seqscan: "off", enable_bitmapscan: "off" })!;
    const [settings] = (await pool.query(`SELECT current_setting('enable_seqscan') AS seq, current_setting('enable_bitmapscan') AS bitmap`)).rows;
    expect(settings).toEqual({ seq: "off", bitmap: "off" });
    const perStatement = createPostgresSearchEngine(db.db, {
      queryCache: false,
      exactUpTo: 100,
      sampleTarget: 200,
      candidates: 60,
      plannerConnections: false,
    });
    const [most] = await db.db.$queryRawUnsafe<{ lat: number; lon: number }[]>(
      `SELECT geo_lat AS lat, geo_lon AS lon FROM search_documents WHERE name LIKE 'Brusivo%' LIMIT 1`,
    );
    const near = { name: "Most", lat: most.lat, lon: most.lon, radiusKm: 150 };
    for (const q of [query("Korund"), query("Korund", { page: 3 }), query("", { filters: { type: "company", near }, page: 2 })]) {
      const [a, b] = [await large.search(q), await perStatement.search(q)];
      expect(a.estimated).toBeDefined();
      expect(a.hits.map((h) => h.id)).toEqual(b.hits.map((h) => h.id));
      expect(a.estimated).toEqual(b.estimated);
    }
  });

  it("estimates a search around a place from the sampled place lexemes, with the same counts as from place and sample apart", async () => {
    const [most] = await db.db.$queryRawUnsafe<{ lat: number; lon: number }[]>(
      `SELECT geo_lat AS lat, geo_lon AS lon FROM search_documents WHERE name LIKE 'Brusivo%' LIMIT 1`,
    );
    // A radius of 100 km reaches Meißen (about 75 km away), so all 1,100 firms match, counted on the 1° grid.
    const around = query("Korund", { filters: { type: "company", near: { name: "Most", lat: most.lat, lon: most.lon, radiusKm: 100 } } });
    const setFlag = (on: boolean) => db.db.$executeRawUnsafe(`UPDATE search_state SET cell_samples = $1`, on);
    // Engines read the flag with the index's state; a new one reads it at once.
    const engine = () => createPostgresSearchEngine(db.db, { queryCache: false, exactUpTo: 100, sampleTarget: 200, candidates: 60 });

    // Every stored document of a place carries its cells once per sample level it is in.
    const rows = await db.db.$queryRawUnsafe<{ id: string; geo_lat: number; geo_lon: number; lexemes: string[] }[]>(
      `SELECT id, geo_lat, geo_lon, tsvector_to_array(tsv) AS lexemes FROM search_documents WHERE geo_lat IS NOT NULL`,
    );
    for (const r of rows) {
      const k = levels.filter((l) => r.lexemes.includes(l)).length;
      const expected = cellLexemes({ lat: r.geo_lat, lon: r.geo_lon }).flatMap((c) => Array.from({ length: k }, (_, i) => sampledCell(c, i + 1)));
      expect(r.lexemes.filter((l) => /^@.*#\d+$/.test(l)).sort()).toEqual(expected.sort());
    }

    expect((await db.db.$queryRawUnsafe<{ on: boolean }[]>(`SELECT cell_samples AS on FROM search_state`))[0].on).toBe(true);
    const sampled = await engine().search(around);
    expect(sampled.estimated).toBeDefined();
    expect(within(sampled.total, 1100, 0.3)).toBe(true);
    await setFlag(false);
    try {
      const apart = await engine().search(around);
      expect(apart.total).toBe(sampled.total);
      expect(apart.facets).toEqual(sampled.facets);

      // Without the sampled place lexemes, an index not flagged still estimates from place and
      // sample apart; one flagged would find its sample empty and count one by one.
      const restore = await keepVectors(db, "geo_lat IS NOT NULL");
      try {
        const sampledCells = rows.flatMap((r) => r.lexemes.filter((l) => /^@.*#\d+$/.test(l)));
        await db.db.$executeRawUnsafe(`UPDATE search_documents SET tsv = ts_delete(tsv, $1::text[])`, [...new Set(sampledCells)]);
        const unflagged = await engine().search(around);
        expect(unflagged.total).toBe(sampled.total);
        expect(unflagged.facets).toEqual(sampled.facets);
        await setFlag(true);
        const flagged = await engine().search(around);
        expect(flagged.estimated).toBeUndefined();
        expect(flagged.total).toBe(1100);
      } finally {
        await restore();
      }
    } finally {
      await setFlag(true);
    }
  });

  it("counts one by one in a directory no larger than the bound, whatever its sample says", async () => {
    // Every document in every sample: a probe alone would take the 1,100 matches for 128 times as many.
    const small = createPostgresSearchEngine(db.db, { queryCache: false, exactUpTo: 1500 });
    const restore = await keepVectors(db, "true");
    await db.db.$executeRawUnsafe(`UPDATE search_documents SET tsv = tsv || array_to_tsvector($1::text[])`, levels);
    try {
      const r = await small.search(query("Korund"));
      expect(r.estimated).toBeUndefined();
      expect(r.total).toBe(1100);
      expect(r.facets.country).toEqual({ DE: 800, CZ: 300 });
    } finally {
      await restore();
    }
  });

  it("counts one by one when the index was built without samples", async () => {
    await db.db.$executeRawUnsafe(
      `UPDATE search_documents SET tsv = ts_delete(tsv, $1::text[])`,
      levels,
    );
    const r = await large.search(query("Korund"));
    expect(r.estimated).toBeUndefined();
    expect(r.total).toBe(1100);
    expect(r.facets.country).toEqual({ DE: 800, CZ: 300 });
  });
});

describe("postgres search engine, a large result with more name matches than its first pages", () => {
  let db: TestDatabase;
  let large: SearchEngine;
  const many = [
    ...Array.from({ length: 130 }, (_, i) => ({
      externalId: `name-${i}`,
      name: `Korund Werk ${pad(i)}`,
      country: "DE",
      city: "Meißen",
      description: { de: "Schleifmittel für die Industrie." },
    })),
    ...Array.from({ length: 300 }, (_, i) => ({
      externalId: `text-${i}`,
      name: `Abrasiv ${pad(i)} GmbH`,
      country: "CZ",
      city: "Most",
      description: { de: "Wir verarbeiten Korund in Serie." },
    })),
  ];

  beforeAll(async () => {
    db = await createTestDatabase();
    large = createPostgresSearchEngine(db.db, { queryCache: false, exactUpTo: 50, sampleTarget: 100, candidates: 150 });
    await importCompanies(db.db, many);
    await drainOutbox(db.db, large);
  }, 120_000);

  afterAll(async () => {
    await db?.drop();
  });

  it("lists the name matches in order, and the others after them once a page reaches past them", async () => {
    const page = async (n: number) => (await large.search(query("Korund", { page: n }))).hits.map((h) => h.name);
    const first = await large.search(query("Korund"));
    expect(first.estimated).toBeDefined();
    expect(first.hits.map((h) => h.name)).toEqual(Array.from({ length: 20 }, (_, i) => `Korund Werk ${pad(i)}`));
    // Hits 121–140: the last ten name matches, then the first firms that only write the word.
    const seventh = await page(7);
    expect(seventh.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => `Korund Werk ${pad(120 + i)}`));
    expect(seventh.slice(10)).toHaveLength(10);
    for (const name of seventh.slice(10)) expect(name).toMatch(/^Abrasiv \d{3} GmbH$/);
  });

  it("pages through name matches only when they fill the bound", async () => {
    // 130 name matches and a bound of 100: the other firms are not looked for.
    const narrow = createPostgresSearchEngine(db.db, { queryCache: false, exactUpTo: 50, sampleTarget: 100, candidates: 100 });
    const first = await narrow.search(query("Korund"));
    expect(first.estimated!.reachable).toBe(100);
    const seen: string[] = [];
    for (let page = 1; page <= 5; page++) seen.push(...(await narrow.search(query("Korund", { page }))).hits.map((h) => h.name));
    expect(seen).toHaveLength(100);
    expect(new Set(seen).size).toBe(100);
    for (const name of seen) expect(name).toMatch(/^Korund Werk \d{3}$/);
    expect((await narrow.search(query("Korund", { page: 6 }))).hits).toEqual([]);
  });

  it("applies the type and country filters beside the words", async () => {
    const r = await large.search(query("Korund", { filters: { type: "company", country: "CZ" } }));
    expect(within(r.total, 300, 0.5)).toBe(true);
    expect(r.hits).toHaveLength(20);
    for (const hit of r.hits) expect([hit.type, hit.country]).toEqual(["company", "CZ"]);
  });
});
