// SPDX-License-Identifier: EUPL-1.2
/**
 * The home page's own examples against the demo portal as it ships: a buyer who names a place or
 * a country gets firms there, in each of the portal's three languages.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { distanceKm, locateCity, placesNamed } from "@/lib/geo/gazetteer";
import { importCompanies } from "@/lib/import/import-companies";
import { demoCompanies } from "@/lib/seed/demo-data";
import { createPostgresSearchEngine } from "@/lib/search/engines/postgres";
import { DEFAULT_RADIUS_KM } from "@/lib/search/query-understanding";
import type { SearchEngine, SearchResult } from "@/lib/search/types";
import { drainOutbox } from "@/lib/search/worker";
import { createTestDatabase, type TestDatabase } from "./support/database";

let t: TestDatabase;
let engine: SearchEngine;

beforeAll(async () => {
  t = await createTestDatabase();
  engine = createPostgresSearchEngine(t.db);
  const summary = await importCompanies(t.db, demoCompanies());
  if (summary.issues.length) throw new Error(`demo import failed: ${JSON.stringify(summary.issues.slice(0, 3))}`);
  const r = await drainOutbox(t.db, engine);
  if (r.failed) throw new Error(`indexing failed for ${r.failed} outbox rows`);
}, 240_000);

afterAll(async () => {
  await t?.drop();
});

const search = (q: string, locale: "de" | "cs" | "en") =>
  engine.search({ q, locale, filters: { type: "company" }, page: 1, pageSize: 50 });
const names = (r: SearchResult) => r.hits.map((h) => h.name);

describe("the demo portal", () => {
  const liberec = placesNamed("Liberec")[0];

  it.each([
    ["de", "Logistik in Liberec"],
    ["cs", "logistika v Liberci"],
    ["en", "logistics in Liberec"],
  ] as const)(
    "%s: '%s' finds the logistics firm in Hrádek nad Nisou and only firms near Liberec",
    async (locale, q) => {
      const r = await search(q, locale);
      expect(names(r)).toContain("Hrádecká logistika s.r.o.");
      for (const hit of r.hits) {
        const place = locateCity(hit.city, hit.country, hit.region);
        expect(place, `${hit.name} in ${hit.city}`).not.toBeNull();
        expect(distanceKm(liberec, place!), `${hit.name} in ${hit.city}`).toBeLessThanOrEqual(DEFAULT_RADIUS_KM);
      }
    },
  );

  it.each([
    ["de", "Pulverbeschichtung Tschechien"],
    ["cs", "práškové lakování Česko"],
    ["en", "powder coating Czech Republic"],
  ] as const)("%s: '%s' finds Czech powder coaters and no German firm", async (locale, q) => {
    const r = await search(q, locale);
    expect(names(r)).toEqual(expect.arrayContaining(["Lakovna Chomutov s.r.o.", "Tachovská lakovna s.r.o."]));
    expect(r.hits.filter((h) => h.country !== "CZ").map((h) => h.name)).toEqual([]);
  });
});
