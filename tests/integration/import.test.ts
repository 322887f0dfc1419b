// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/database";
import { ImportInputError, runImport } from "@/lib/import/run-import";
import { createSearchEngine } from "@/lib/search/engine-factory";
import { handleSearchRequest, type ApiResponse } from "@/lib/search/api";
import { closeRateLimitStore, createRequestLimiter } from "@/lib/security/rate-limit";
import type { SearchEngine } from "@/lib/search/types";

const EXAMPLE = path.resolve("docs/examples/import-example.json");

let t: TestDatabase;
let engine: SearchEngine;
let tmp: string;

async function search(query: string): Promise<ApiResponse> {
  const response = await handleSearchRequest(new Request(`http://localhost/api/v1/search?${query}`), engine, {
    limiter: createRequestLimiter({ limit: 10_000, windowSeconds: 60, connectionString: t.url }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as ApiResponse;
}

const namesFound = async (query: string) => (await search(query)).hits.map((h) => h.name);

const companyCount = () => t.db.organization.count({ where: { kind: "COMPANY" } });

const file = (companies: unknown[]) => JSON.stringify({ companies });

beforeAll(async () => {
  t = await createTestDatabase();
  engine = createSearchEngine(t.db, {});
  tmp = mkdtempSync(path.join(os.tmpdir(), "import-test-"));
});

afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await closeRateLimitStore();
  await t?.drop();
});

describe("importing a file", () => {
  it("imports the documented example and finds its companies right away, across languages", async () => {
    const { summary, index } = await runImport(t.db, readFileSync(EXAMPLE), { engine });
    expect(summary).toMatchObject({ total: 4, created: 3, updated: 0, skipped: 1 });
    expect(summary.issues.map((i) => [i.index, i.externalId, i.field])).toEqual([
      [3, "ihk-dd-000912", "employees"],
      [3, "ihk-dd-000912", "industries[0]"],
    ]);
    expect(index.drained).toBe(true);

    // The Czech-only company, found with the German word, without diacritics and in English.
    for (const query of ["q=Spritzguss&locale=de", "q=vstrikovani&locale=de", "q=injection%20moulding&locale=en"]) {
      expect(await namesFound(query)).toContain("Plasty Teplice");
    }
    const czech = (await search("q=Spritzguss&locale=de&type=company")).hits.find((h) => h.name === "Plasty Teplice")!;
    expect(new URL(czech.url).pathname).toMatch(/^\/de\/companies\/plasty-teplice/);
    expect(czech.snippetLang).toBe("cs");

    expect(await namesFound("q=fr%C3%A9zov%C3%A1n%C3%AD&locale=cs")).toContain("Elbtal Präzisionstechnik");
    expect(await namesFound("q=Reichenberg&locale=de")).toContain("Nisa Logistik");
    // Requests (the "seeks" of the file) are searchable on their own.
    const seek = await search("q=Pulverbeschichtung&type=request");
    expect(seek.hits.map((h) => [h.name, h.title])).toEqual([["Elbtal Präzisionstechnik", "Partner für Pulverbeschichtung"]]);
  });

  it("reports bad records with index, field and reason and imports the others", async () => {
    const records: unknown[] = [
      { externalId: "mix-0", name: "Gute Firma Zittau", country: "DE", city: "Zittau" },
      { externalId: "mix-1", name: 42, country: "DE", employees: 5, offers: "CNC" },
      { externalId: "mix-2", name: "Riesentext GmbH", country: "DE", description: { de: "x".repeat(10 * 1024 * 1024) } },
      { externalId: "mix-3", name: "Falscher Code GmbH", country: "DE", industries: ["25.62", "99.99"] },
      { externalId: "mix-0", name: "Doppelt GmbH", country: "DE" },
      { name: "Ohne Schlüssel s.r.o.", country: "CZ" },
      "not an object",
      { externalId: "mix-7", name: "Dobrá firma Liberec", country: "cz", city: "Liberec", employees: "1-9" },
    ];
    const started = Date.now();
    const { summary } = await runImport(t.db, file(records), { engine });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(summary).toMatchObject({ total: 8, created: 2, skipped: 6 });

    const byIndex = (i: number) => summary.issues.filter((x) => x.index === i);
    expect(byIndex(0)).toEqual([]);
    expect(byIndex(1).map((x) => x.field).sort()).toEqual(["employees", "name", "offers"]);
    expect(byIndex(1).every((x) => x.externalId === "mix-1" && x.message.length > 0)).toBe(true);
    expect(byIndex(2)).toEqual([expect.objectContaining({ externalId: "mix-2", field: "description.de", message: expect.stringMatching(/10000|too big|at most/i) })]);
    // The message must not echo ten megabytes back.
    expect(byIndex(2)[0].message.length).toBeLessThan(300);
    expect(byIndex(3)).toEqual([expect.objectContaining({ field: "industries[1]", message: expect.stringContaining("99.99") })]);
    expect(byIndex(4)).toEqual([expect.objectContaining({ externalId: "mix-0", field: "externalId", message: expect.stringMatching(/duplicate.*record 0/) })]);
    expect(byIndex(5)).toEqual([expect.objectContaining({ externalId: undefined, field: "externalId" })]);
    expect(byIndex(6)).toEqual([expect.objectContaining({ field: "(record)" })]);
    expect(byIndex(7)).toEqual([]);

    const saved = await t.db.organization.findMany({ where: { externalId: { startsWith: "mix-" } }, select: { externalId: true, name: true } });
    expect(saved.map((o) => o.externalId).sort()).toEqual(["mix-0", "mix-7"]);
    expect(saved.find((o) => o.externalId === "mix-0")?.name).toBe("Gute Firma Zittau");
    expect(await namesFound("q=Dobr%C3%A1%20firma")).toContain("Dobrá firma Liberec");
  });

  it("leaves nothing of a record behind when saving it fails", async () => {
    const records = [
      {
        externalId: "nul-1",
        name: "Nullbyte Metall GmbH",
        country: "DE",
        offers: [
          { title: { de: "Laserschneiden Sonderangebot" } },
          // PostgreSQL rejects NUL characters in text, after the record passed validation.
          { title: { de: "Kaputtes Angebot" }, description: { de: "Zeile\u0000Ende" } },
        ],
      },
      { externalId: "nul-2", name: "Heile Metall GmbH", country: "DE", offers: [{ title: { de: "Kantbiegen Sonderangebot" } }] },
    ];
    const { summary } = await runImport(t.db, file(records), { engine });
    expect(summary).toMatchObject({ created: 1, skipped: 1 });
    expect(summary.issues).toEqual([expect.objectContaining({ index: 0, externalId: "nul-1", field: "(record)" })]);

    expect(await t.db.organization.count({ where: { externalId: "nul-1" } })).toBe(0);
    expect(await t.db.listing.count({ where: { titleDe: { in: ["Laserschneiden Sonderangebot", "Kaputtes Angebot"] } } })).toBe(0);
    expect(await t.db.listing.count({ where: { titleDe: "Kantbiegen Sonderangebot" } })).toBe(1);
    expect(await namesFound("q=Sonderangebot&type=offer")).toEqual(["Heile Metall GmbH"]);
  });

  it("imports nothing from malformed JSON or a file of the wrong shape", async () => {
    const before = await companyCount();
    const broken = '{\n  "companies": [\n    { "externalId": "late-1", "name": "Spät GmbH", "country": "DE" },\n  ]\n}';
    await expect(runImport(t.db, broken, { engine })).rejects.toThrow(/invalid JSON at line 4, column 3/);
    await expect(runImport(t.db, '[{ "externalId": "late-2", "name": "X", "country": "DE" }]', { engine })).rejects.toBeInstanceOf(
      ImportInputError,
    );
    await expect(runImport(t.db, '{ "companies": "none" }', { engine })).rejects.toThrow(/must be an array/);
    expect(await companyCount()).toBe(before);
  });

  it("updates on re-import and never duplicates", async () => {
    const example = JSON.parse(readFileSync(EXAMPLE, "utf8")) as { companies: Record<string, unknown>[] };
    const slugBefore = (await t.db.organization.findUnique({ where: { externalId: "hk-ul-2291" } }))?.slug;
    const changed = example.companies.map((c) =>
      c.externalId === "hk-ul-2291"
        ? { ...c, name: "Plasty Teplice Group", offers: [{ title: { cs: "Vstřikování plastů – nová linka 2027" } }] }
        : c,
    );
    const before = await companyCount();
    const { summary } = await runImport(t.db, file(changed), { engine });
    expect(summary).toMatchObject({ created: 0, updated: 3, skipped: 1 });
    expect(await companyCount()).toBe(before);

    const row = await t.db.organization.findUnique({ where: { externalId: "hk-ul-2291" }, include: { listings: true } });
    expect(row?.name).toBe("Plasty Teplice Group");
    expect(row?.slug).toBe(slugBefore);
    expect(row?.listings.map((l) => l.titleCs)).toEqual(["Vstřikování plastů – nová linka 2027"]);

    const offers = await search("q=Vst%C5%99ikov%C3%A1n%C3%AD&type=offer&locale=cs");
    expect(offers.hits.map((h) => h.title)).toEqual(["Vstřikování plastů – nová linka 2027"]);
    const companies = await search("q=Teplice&type=company");
    expect(companies.hits.map((h) => h.name)).toEqual(["Plasty Teplice Group"]);
  });
});

// Each run starts a fresh tsx process, which takes several seconds on a busy machine.
const CLI_TIMEOUT = 180_000;

describe("npm run import", () => {
  function cli(args: string[]) {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: t.url };
    delete env.MEILI_HOST;
    return spawnSync("npx", ["--no-install", "tsx", "scripts/import.ts", ...args], { env, encoding: "utf8", timeout: 90_000 });
  }

  it("exits 1 with one line naming the position of a JSON error", () => {
    const broken = path.join(tmp, "broken.json");
    writeFileSync(broken, '{ "companies": [\n  { "externalId": "cli-x", "name": "X" "country": "DE" }\n] }');
    const run = cli([broken]);
    expect(run.status).toBe(1);
    const errors = run.stderr.split("\n").filter((l) => l.startsWith("Error:"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/broken\.json: invalid JSON at line 2, column 40/);
  }, CLI_TIMEOUT);

  it("exits 1 for a missing file", () => {
    const run = cli([path.join(tmp, "missing.json")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot read .*missing\.json: no such file/);
  }, CLI_TIMEOUT);

  it("imports, prints the summary with issues and exits 0 even with skipped records", async () => {
    const input = path.join(tmp, "members.json");
    writeFileSync(
      input,
      file([
        { externalId: "cli-1", name: "Kommandozeile Drehteile GmbH", country: "DE", description: { de: "Drehteile aus Messing." } },
        { externalId: "cli-2", name: "Bez země s.r.o." },
      ]),
    );
    const dry = cli([input, "--dry-run"]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/Dry run \(nothing saved\)/);
    expect(await t.db.organization.count({ where: { externalId: "cli-1" } })).toBe(0);

    const run = cli([input]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/2 records, 1 created, 0 updated, 1 skipped/);
    expect(run.stdout).toMatch(/record 1 \(cli-2\) country: /);
    expect(run.stdout).toMatch(/Search index updated/);
    expect(await namesFound("q=Messing")).toEqual(["Kommandozeile Drehteile GmbH"]);
  }, CLI_TIMEOUT);
});
