// SPDX-License-Identifier: EUPL-1.2
/**
 * Search quality on the labelled set in eval/search, in a throw-away database next to the
 * portal's own.
 *
 *   npm run eval:search [-- --json <file>] [--only <kind>] [--queries <file>] [--compare <earlier.json>]
 *
 * Imports the corpus through the bulk importer and the search outbox (as in production), runs
 * every query through the search page's parameter parsing and the engine, and prints pass@5
 * and MRR per kind and per language direction, then the failing queries. PostgreSQL always;
 * Meilisearch too when MEILI_HOST is set. Figures are reported, never asserted here: the
 * regression floor lives in tests/integration/search-eval.test.ts.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { Meilisearch } from "meilisearch";
import pg from "pg";
import { isLocalDatabaseUrl, parseDatabaseUrl } from "../lib/db/config";
import { applyMigrations } from "../lib/db/migrate";
import { createPrismaClient } from "../lib/db/prisma";
import { allDocuments } from "../lib/search/document-builder";
import { createSearchEngine } from "../lib/search/engine-factory";
import { syncIndustries } from "../lib/taxonomy/sync";
import { requireDatabaseUrl } from "./lib/env";
import {
  evaluate,
  formatReport,
  indexCorpus,
  loadCorpus,
  loadQueries,
  organizationIds,
  QUERY_KINDS,
  type EvalReport,
} from "./lib/search-eval";

/** Which queries passed before and fail now, and the other way round, against an earlier run's JSON. */
function compareWith(report: EvalReport, earlierJson: string): string {
  const earlier = (JSON.parse(earlierJson) as { engines: EvalReport[] }).engines.find((e) => e.engine === report.engine);
  if (!earlier) return `[eval] the earlier results have no ${report.engine} run to compare with`;
  const before = new Map(earlier.outcomes.map((o) => [o.id, o.passed]));
  const changed = (from: boolean, to: boolean) =>
    report.outcomes.filter((o) => before.get(o.id) === from && o.passed === to).map((o) => `${o.id} "${o.q}"`);
  const lost = changed(true, false);
  const won = changed(false, true);
  return [
    `Compared with the earlier run: ${(earlier.overall.passAt5 * 100).toFixed(1)} % → ${(report.overall.passAt5 * 100).toFixed(1)} %`,
    `  now failing (${lost.length}): ${lost.join(", ") || "none"}`,
    `  now passing (${won.length}): ${won.join(", ") || "none"}`,
  ].join("\n");
}

interface Args {
  json: string | null;
  only: string | null;
  /** Another query file over the same corpus (a set kept apart while tuning). */
  queries: string | null;
  /** Results of an earlier run: the queries that changed between the two are listed. */
  compare: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: null, only: null, queries: null, compare: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--json" && argv[i + 1]) args.json = argv[++i];
    else if (argv[i] === "--queries" && argv[i + 1]) args.queries = path.resolve(argv[++i]);
    else if (argv[i] === "--compare" && argv[i + 1]) args.compare = path.resolve(argv[++i]);
    else if (argv[i] === "--only" && (QUERY_KINDS as readonly string[]).includes(argv[i + 1])) args.only = argv[++i];
    else {
      console.error(`Error: unknown option ${argv[i]}\nusage: npm run eval:search -- [--json <file>] [--only ${QUERY_KINDS.join("|")}] [--queries <file>] [--compare <earlier.json>]`);
      process.exit(1);
    }
  }
  return args;
}

async function admin(baseUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const baseUrl = requireDatabaseUrl();
  if (!isLocalDatabaseUrl(baseUrl)) {
    console.error("Error: the evaluation creates and drops a database; it only runs against a local server");
    process.exit(1);
  }
  const corpus = loadCorpus();
  const queries = loadQueries(corpus, args.queries ?? undefined).filter((q) => !args.only || q.kind === args.only);
  // A name of its own per run, so two runs at once never drop each other's database.
  const dbName = `portal_eval_${randomBytes(4).toString("hex")}`;
  const url = parseDatabaseUrl(baseUrl);
  url.pathname = `/${dbName}`;
  await admin(baseUrl, `CREATE DATABASE ${dbName}`);
  const db = createPrismaClient(url.toString(), 4);
  const reports: EvalReport[] = [];
  try {
    await applyMigrations(url.toString());
    await syncIndustries(db);
    console.log(`[eval] ${corpus.length} companies, ${queries.length} queries`);

    const postgres = createSearchEngine(db, {});
    const started = performance.now();
    const externalIds = await indexCorpus(db, postgres, corpus);
    console.log(`[eval] corpus imported and indexed (postgres) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    reports.push(await evaluate(postgres, queries, externalIds));
    console.log(formatReport(reports[0]));
    if (args.compare) console.log(`\n${compareWith(reports[0], await readFile(args.compare, "utf8"))}`);

    if (process.env.MEILI_HOST?.trim()) {
      const env = {
        MEILI_HOST: process.env.MEILI_HOST.trim(),
        MEILI_API_KEY: process.env.MEILI_API_KEY,
        MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY,
        // An index of its own, so the evaluation never replaces the portal's.
        MEILI_INDEX: dbName,
      };
      const meili = createSearchEngine(db, env);
      try {
        await meili.reindex(allDocuments(db, 500));
        const report = await evaluate(meili, queries, await organizationIds(db));
        reports.push(report);
        console.log(`\n${formatReport(report)}`);
      } catch (e) {
        console.log(`\n[eval] meilisearch skipped: ${(e as Error).message}`);
      } finally {
        const client = new Meilisearch({ host: env.MEILI_HOST, apiKey: env.MEILI_API_KEY || env.MEILI_MASTER_KEY || undefined });
        await client.deleteIndex(dbName).catch(() => {});
      }
    } else {
      console.log("\n[eval] meilisearch skipped: MEILI_HOST is not set");
    }

    const file = args.json ?? path.join("bench-results", `search-eval-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    const summary = {
      finishedAt: new Date().toISOString(),
      companies: corpus.length,
      queries: queries.length,
      engines: reports,
    };
    await writeFile(file, `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`[eval] results written to ${file}`);
  } finally {
    await db.$disconnect();
    await admin(baseUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
  }
}

main().catch((e) => {
  console.error(`Error: ${(e as Error).message}`);
  process.exit(1);
});
