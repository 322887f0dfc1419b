// SPDX-License-Identifier: EUPL-1.2
/**
 * The unfinished last word of a search (PostgreSQL engine): looked up as the vocabulary words it
 * begins when they are few, by a prefix match when they are many. Either way it finds every
 * document with a word it begins, including words indexed after the engine started.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCompanies } from "../../lib/import/import-companies";
import { createPostgresSearchEngine } from "../../lib/search/engines/postgres";
import type { SearchEngine, SearchQuery } from "../../lib/search/types";
import { drainOutbox } from "../../lib/search/worker";
import { createTestDatabase, type TestDatabase } from "./support/database";

const query = (q: string, extra: Partial<SearchQuery> = {}): SearchQuery => ({
  q,
  locale: "de",
  filters: { type: "company" },
  page: 1,
  pageSize: 100,
  facets: [],
  ...extra,
});

// Forty different words that begin with "Quarzglas", more than are looked up one by one.
const suffixes = Array.from({ length: 40 }, (_, i) => `${String.fromCharCode(97 + (i % 20))}${String.fromCharCode(97 + Math.floor(i / 20))}x`);
// Made-up product words, so that no concept or base form of the portal's dictionaries matches them.
const firms = [
  { externalId: "w1", name: "Richter Technik GmbH", country: "DE", city: "Pirna", description: { de: "Zylkoranit-Platten für den Stahlbau." } },
  { externalId: "w2", name: "Kovo Děčín s.r.o.", country: "CZ", city: "Děčín", description: { de: "Montage von Zylkoberg-Anlagen." } },
  { externalId: "w3", name: "Hoffmann Metall KG", country: "DE", city: "Freital", description: { de: "Service für Zylkomaten." } },
  { externalId: "w4", name: "Bäckerei Lange", country: "DE", city: "Dresden", description: { de: "Brot und Kuchen." } },
  ...suffixes.map((s, i) => ({
    externalId: `q${i}`,
    name: `Glaswerk ${i + 1} GmbH`,
    country: "DE",
    city: "Zwiesel",
    description: { de: `Quarzglas${s} in Serie.` },
  })),
];

describe("postgres search engine, the unfinished last word", () => {
  let db: TestDatabase;
  let engine: SearchEngine;

  beforeAll(async () => {
    db = await createTestDatabase();
    engine = createPostgresSearchEngine(db.db, { queryCache: false });
    await importCompanies(db.db, firms);
    await drainOutbox(db.db, engine);
  }, 120_000);

  afterAll(async () => {
    await db?.drop();
  });

  const names = async (q: string, extra: Partial<SearchQuery> = {}) =>
    (await engine.search(query(q, extra))).hits.map((h) => h.name).sort();

  it("finds every firm with a word the beginning completes, and no other", async () => {
    expect(await names("Zylko")).toEqual(["Hoffmann Metall KG", "Kovo Děčín s.r.o.", "Richter Technik GmbH"]);
    expect(await names("Zylkob")).toEqual(["Kovo Děčín s.r.o."]);
  });

  it("finds all of them where the beginning completes more words than are looked up one by one", async () => {
    const found = await names("Quarzgla");
    expect(found).toHaveLength(40);
    expect(found).not.toContain("Bäckerei Lange");
  });

  it("takes the last word as finished when asked to", async () => {
    expect(await names("Zylkob", { prefix: false })).toEqual([]);
  });

  it("completes to a word that was indexed after the engine's first searches", async () => {
    expect(await names("Zylkor")).toEqual(["Richter Technik GmbH"]);
    await importCompanies(db.db, [
      { externalId: "w5", name: "Robotik Görlitz GmbH", country: "DE", city: "Görlitz", description: { de: "Zylkorex-Roboter für Serienteile." } },
    ]);
    await drainOutbox(db.db, engine);
    expect(await names("Zylkor")).toEqual(["Richter Technik GmbH", "Robotik Görlitz GmbH"]);
    expect(await names("Zylko")).toContain("Robotik Görlitz GmbH");
  });
});
