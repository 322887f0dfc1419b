// SPDX-License-Identifier: EUPL-1.2
/**
 * The buyers' queries the portal promises to understand, run over the demo data as it is
 * shipped: inflected Czech, German compounds and everyday English find the companies that
 * write about the same thing in their own words (on the PostgreSQL engine).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCompanies } from "../../lib/import/import-companies";
import { demoCompanies } from "../../lib/seed/demo-data";
import { createPostgresSearchEngine } from "../../lib/search/engines/postgres";
import type { SearchEngine } from "../../lib/search/types";
import { drainOutbox } from "../../lib/search/worker";
import { createTestDatabase, type TestDatabase } from "./support/database";

let t: TestDatabase;
let engine: SearchEngine;

beforeAll(async () => {
  t = await createTestDatabase();
  engine = createPostgresSearchEngine(t.db);
  const summary = await importCompanies(t.db, demoCompanies());
  expect(summary.issues).toEqual([]);
  const r = await drainOutbox(t.db, engine);
  if (r.failed) throw new Error(`indexing failed for ${r.failed} outbox rows`);
}, 180_000);

afterAll(async () => {
  await t?.drop();
});

/** Company names among the first five hits (offers and requests count for their company). */
async function topCompanies(q: string): Promise<string[]> {
  const r = await engine.search({ q, prefix: false, locale: "de", filters: {}, page: 1, pageSize: 5 });
  return [...new Set(r.hits.map((h) => h.name))];
}

const PLASTICS = ["Lisovna plastů Česká Lípa s.r.o.", "Plasty Kraslice s.r.o.", "Muldentaler Kunststofftechnik GmbH"];
const STEEL_AND_METALWORK = [
  "Metallbau Krause Niesky GmbH",
  "Stahlbau Lindner Frankenberg GmbH",
  "Erzgebirgische Metallbau Schneider GmbH",
  "Schweißtechnik Pirna GmbH",
  "KOVO Liberec s.r.o.",
];
// Several demo firms cut and bend sheet metal; any of them answers the buyer.
const SHEET_METAL = [
  "Oberlausitzer Blechtechnik GmbH",
  "Freitaler Edelstahlverarbeitung GmbH",
  "Laserzentrum Riesa UG (haftungsbeschränkt)",
  "Stanztechnik Aue GmbH",
  "Kovotechna Děčín s.r.o.",
  "Trutnovská kovovýroba s.r.o.",
  "Tłocznia Metali Zgorzelec Sp. z o.o.",
];

describe("demo data: the queries buyers write", () => {
  it.each([
    // Inflected Czech: the profiles say "frézování hliníku", "vyrábíme nábytek".
    ["frézováním hliníku", ["CNC Frézování Plzeň s.r.o."]],
    ["výrobou nábytku", ["Nábytek Turnov s.r.o.", "Löbauer Holzwerkstätten GmbH"]],
    // German compounds: the companies write the parts apart, or in Czech.
    ["Stahlbauschlosserei", STEEL_AND_METALWORK],
    ["Kunststoffspritzgussteile", PLASTICS],
    ["Präzisionsdrehteile", ["Präzisionsteile Zittau GmbH"]],
    // Everyday English for German and Czech suppliers.
    ["injection moulded parts", PLASTICS],
    ["sheet metal bending", SHEET_METAL],
  ])("%s finds one of the companies in that trade in the first five", async (q, trade) => {
    const top = await topCompanies(q);
    expect(top.filter((name) => trade.includes(name)), `first five: ${top.join(", ")}`).not.toEqual([]);
  });
});
