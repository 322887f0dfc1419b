// SPDX-License-Identifier: EUPL-1.2
/**
 * The PostgreSQL engine writes its rows as text the database reads with the columns' own input
 * functions: COPY lines in a full reindex, VALUES literals for single changes. Quotes,
 * backslashes, tabs, line breaks and braces in what authors write must arrive unchanged either
 * way, and both ways must store the same row.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresSearchEngine } from "../../lib/search/engines/postgres";
import type { SearchDocument, SearchEngine } from "../../lib/search/types";
import { createTestDatabase, type TestDatabase } from "./support/database";

let t: TestDatabase;
let engine: SearchEngine;

const awkward = `O'Brien \\ "Zitat" {a,b} tab\there
zweite Zeile\r\nEnde \\N \\t`;

const doc = (id: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  id: `company:${id}`,
  type: "company",
  entityId: id,
  organizationId: id,
  name: `Kovář's "Metall" \\ Werk`,
  title: `Kovář's "Metall" \\ Werk`,
  slug: id,
  text: { de: awkward, cs: "Frézování CNC, svařování\tna zakázku." },
  textLanguages: ["de", "cs"],
  concepts: [],
  places: ["Ústí nad Labem", `Place "quoted" {x}`],
  geo: { lat: 50.66, lon: 14.03 },
  country: "CZ",
  regionId: null,
  city: "Ústí nad Labem",
  industries: ["25", "25.62"],
  certifications: [`ISO 9001 "2015"`, "a,b", "back\\slash", "NULL"],
  employees: null,
  languages: ["de", "cs"],
  startsAt: null,
  startsAtTs: null,
  publishedTs: 1_700_000_000,
  titles: { de: `Titel mit 'Apostroph' und "Zitat" \\`, cs: "Název\nna dvou řádcích" },
  verified: true,
  verifiedBy: { institutionName: `IHK "Dresden" \\ Nord`, verifiedAt: "2026-01-02T03:04:05.000Z" },
  ...extra,
});

const COLUMNS = `id, name, name_key, name_folded, title, titles, text_de, text_cs, places, certifications, industries,
  geo_lat, geo_lon, verified, verified_by, terms, content_hash, name_tsv::text, title_tsv::text, tsv::text`;

async function stored(id: string) {
  const [row] = await t.db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT ${COLUMNS} FROM search_documents WHERE id = $1`,
    `company:${id}`,
  );
  return row;
}

beforeAll(async () => {
  t = await createTestDatabase();
  engine = createPostgresSearchEngine(t.db, { queryCache: false });
});

afterAll(async () => {
  await t?.drop();
});

describe("rows written as text", () => {
  it("stores what authors wrote unchanged, by VALUES and by COPY alike", async () => {
    await engine.upsert([doc("a"), doc("b", { text: { de: "Nichts Besonderes." }, certifications: [] })]);
    const byValues = await stored("a");
    expect(byValues.name).toBe(`Kovář's "Metall" \\ Werk`);
    expect(byValues.text_de).toBe(awkward);
    expect(byValues.text_cs).toBe("Frézování CNC, svařování\tna zakázku.");
    expect(byValues.titles).toEqual({ de: `Titel mit 'Apostroph' und "Zitat" \\`, cs: "Název\nna dvou řádcích" });
    expect(byValues.places).toEqual(["Ústí nad Labem", `Place "quoted" {x}`]);
    expect(byValues.certifications).toEqual([`ISO 9001 "2015"`, "a,b", "back\\slash", "NULL"]);
    expect(byValues.verified_by).toEqual({ institutionName: `IHK "Dresden" \\ Nord`, verifiedAt: "2026-01-02T03:04:05.000Z" });
    expect(byValues.geo_lat).toBe(50.66);
    expect(byValues.name_folded).toBe(`kovar's "metall" \\ werk`);
    // Words are found through the index, each as one lexeme.
    expect(String(byValues.tsv)).toContain("'brien'");
    expect(String(byValues.tsv)).toContain("'zitat'");
    expect((await engine.search({ q: "Zeile", locale: "de", filters: {}, page: 1, pageSize: 10 })).hits.map((h) => h.id)).toEqual([
      "company:a",
    ]);

    // The full reindex writes the same documents with COPY.
    await engine.reindex(
      (async function* () {
        yield [doc("a"), doc("b", { text: { de: "Nichts Besonderes." }, certifications: [] })];
      })(),
    );
    expect(await stored("a")).toEqual(byValues);
  });

  it("drops NUL characters, which PostgreSQL cannot store, instead of failing the batch", async () => {
    await engine.upsert([doc("nul", { text: { de: "vor\u0000nach" } })]);
    expect((await stored("nul")).text_de).toBe("vornach");
    await engine.reindex(
      (async function* () {
        yield [doc("nul", { text: { de: "vor\u0000nach" } })];
      })(),
    );
    expect((await stored("nul")).text_de).toBe("vornach");
  });
});
