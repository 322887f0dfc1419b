// SPDX-License-Identifier: EUPL-1.2
/**
 * Member import benchmark on a throw-away database `portal_bench_import` next to the portal's own:
 * writes a CSV of 5,000 companies (about 5 MB, Windows-1250, `;`), imports it as an institution's
 * member list the way the browser import does (check, then one transaction), then once more
 * (every row an update), and prints the times with the machine's load average.
 *
 *   npm run bench:import -- [--companies N] [--keep]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import Papa from "papaparse";
import pg from "pg";
import { isLocalDatabaseUrl, parseDatabaseUrl } from "../lib/db/config";
import { applyMigrations } from "../lib/db/migrate";
import { createPrismaClient } from "../lib/db/prisma";
import { runImport } from "../lib/import/run-import";
import { ensureIndustries } from "../lib/taxonomy/sync";
import { requireDatabaseUrl } from "./lib/env";

const BENCH_DB = "portal_bench_import";

function parseArgs(argv: string[]) {
  const args = { companies: 5000, keep: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--companies") {
      args.companies = Number(argv[++i]);
      if (!Number.isInteger(args.companies) || args.companies < 1 || args.companies > 10_000) {
        console.error("Error: --companies expects a whole number from 1 to 10000");
        process.exit(1);
      }
    } else if (argv[i] === "--keep") args.keep = true;
    else {
      console.error(`Error: unknown option ${argv[i]}\nusage: npm run bench:import -- [--companies N] [--keep]`);
      process.exit(1);
    }
  }
  return args;
}

const TOWNS = ["Liberec", "Děčín", "Ústí nad Labem", "Teplice", "Chomutov", "Most", "Dresden", "Pirna", "Görlitz", "Zittau", "Bautzen", "Chemnitz"];
const INDUSTRIES = ["25.62", "25.11", "22.29", "23.13", "31.09", "49.41", "62.01", "10.71", "16.23", "28.41"];
const WORDS = "Zakázková výroba kovových dílů svařování frézování soustružení lakování montáž logistika sklad doprava Fertigung Metallbau Drehteile Lackierung Montage Lager Transport".split(" ");

/** Deterministic rows, so runs compare: each about 1 KB, like a member list with descriptions. */
function memberRows(count: number): string[][] {
  const header = ["externalId", "name", "country", "city", "ico", "website", "employees", "languages", "industries", "contactEmail", "description.cs", "description.de", "offers.cs", "offers.de"];
  const rows = [header];
  for (let i = 0; i < count; i++) {
    const words = (n: number) => Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(" ");
    const czech = i % 2 === 0;
    rows.push([
      `bench-${i}`,
      `${czech ? "Strojírna" : "Metallbau"} ${i} ${czech ? "s.r.o." : "GmbH"}`,
      czech ? "CZ" : "DE",
      TOWNS[i % TOWNS.length],
      "",
      `https://firma-${i}.example`,
      ["1-9", "10-49", "50-249", "250+"][i % 4],
      czech ? "cs, de" : "de, en",
      `${INDUSTRIES[i % INDUSTRIES.length]}, ${INDUSTRIES[(i + 3) % INDUSTRIES.length]}`,
      `kontakt-${i}@firma-${i}.example`,
      `${words(40)}.`,
      `${words(40)}.`,
      `${words(4)}\n${words(5)}`,
      `${words(4)}\n${words(5)}`,
    ]);
  }
  return rows;
}

async function admin(baseUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const baseUrl = requireDatabaseUrl();
  if (!isLocalDatabaseUrl(baseUrl)) {
    console.error("Error: the benchmark creates and drops a database; it only runs against a local server");
    process.exit(1);
  }
  const url = parseDatabaseUrl(baseUrl);
  url.pathname = `/${BENCH_DB}`;
  await admin(baseUrl, `DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
  await admin(baseUrl, `CREATE DATABASE ${BENCH_DB}`);
  await applyMigrations(url.toString());
  const db = createPrismaClient(url.toString(), 8);
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
  try {
    await ensureIndustries(db);
    const institution = await db.organization.create({
      data: { kind: "INSTITUTION", name: "Benchmark-Kammer", slug: "benchmark-kammer", country: "DE" },
    });
    const bytes = iconv.encode(Papa.unparse(memberRows(args.companies), { delimiter: ";", newline: "\r\n" }), "windows-1250");
    const file = path.join(dir, "members.csv");
    writeFileSync(file, bytes);
    console.log(`[bench] ${args.companies.toLocaleString("en")} companies, ${(bytes.byteLength / 1024 / 1024).toFixed(2)} MB CSV (Windows-1250, ";")`);
    for (const pass of ["first import (all new)", "second import (all updates)"]) {
      const load = os.loadavg().map((l) => l.toFixed(2)).join(" ");
      const started = performance.now();
      const { summary } = await runImport(db, bytes, { fileName: "members.csv", institutionId: institution.id });
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `[bench] ${pass}: ${seconds.toFixed(1)} s — ${summary.created} created, ${summary.updated} updated, ${summary.skipped} skipped ` +
          `(load average before: ${load}; after: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}; ${os.cpus().length} cores)`,
      );
      if (summary.skipped) console.log(summary.issues.slice(0, 5));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await db.$disconnect();
    if (!args.keep) await admin(baseUrl, `DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
  }
}

main().catch((e) => {
  console.error(`Error: ${(e as Error).message}`);
  process.exit(1);
});
