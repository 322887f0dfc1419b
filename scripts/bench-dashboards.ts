// SPDX-License-Identifier: EUPL-1.2
/**
 * How fast the statistics dashboards answer over a large portal.
 *
 *   npm run bench:dashboards [-- --rounds 20 --reseed]
 *
 * Works in a database of its own beside the portal's (its name plus "_bench_dashboards"), so
 * the portal's data is never touched: migrates it, seeds 100,000 companies with a year of
 * listings, enquiries, events, registrations, meetings and feedback the first time (or with
 * --reseed), then times a whole dashboard — every figure, as the page asks for them — for the
 * platform, a chamber's members and a chamber's region over the last twelve months. Prints
 * p50/p95/p99 per dashboard and per query with the machine's load average, and writes them to
 * bench-results/. The 300 ms target is reported, never enforced: a busy machine must not fail
 * a build.
 */
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../lib/db/migrate";
import { createPrismaClient, type Db } from "../lib/db/prisma";
import { defaultPeriod } from "../lib/dashboards/period";
import {
  companiesByIndustry,
  companiesByPlace,
  dashboardFigures,
  enquiriesByIndustry,
  enquiriesByMonth,
  eventsByMonth,
  growth,
} from "../lib/dashboards/queries";
import type { DashboardScope } from "../lib/dashboards/scope";
import { syncIndustries } from "../lib/taxonomy/sync";
import { round } from "./lib/bench-report";
import { BENCH_COMPANIES, seedBenchPortal } from "./lib/bench-dashboards-seed";
import { requireDatabaseUrl } from "./lib/env";

const TARGET_MS = 300;
const WARMUP = 3;

function parseArgs(argv: string[]) {
  const args = { rounds: 20, reseed: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--reseed") args.reseed = true;
    else if (argv[i] === "--rounds" && Number.isInteger(Number(argv[i + 1])) && Number(argv[i + 1]) >= 1 && Number(argv[i + 1]) <= 1000) {
      args.rounds = Number(argv[++i]);
    } else {
      console.error("usage: npm run bench:dashboards -- [--rounds N (1–1000)] [--reseed]");
      process.exit(1);
    }
  }
  return args;
}

function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  return { samples: sorted.length, p50Ms: round(at(50), 1), p95Ms: round(at(95), 1), p99Ms: round(at(99), 1), maxMs: round(sorted.at(-1) ?? 0, 1) };
}

/**
 * The benchmark's own database on the portal's server, created when missing and migrated. It
 * holds nothing but generated data, so when its migrations no longer apply (a migration was
 * rewritten since it was seeded) it is dropped and built again.
 */
async function benchDatabase(portalUrl: string): Promise<{ url: string; fresh: boolean }> {
  const parsed = new URL(portalUrl);
  const name = `${decodeURIComponent(parsed.pathname.slice(1))}_bench_dashboards`.replace(/[^a-zA-Z0-9_]/g, "_");
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  const admin = new pg.Client({ connectionString: portalUrl });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!exists.rowCount) await admin.query(`CREATE DATABASE "${name}"`);
    try {
      await applyMigrations(url);
      return { url, fresh: false };
    } catch (e) {
      console.log(`The benchmark database no longer migrates (${(e as Error).message}); building it again.`);
      await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
      await applyMigrations(url);
      return { url, fresh: true };
    }
  } finally {
    await admin.end();
  }
}

async function ensureSeeded(url: string, db: Db, reseed: boolean) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Organization" WHERE "id" LIKE 'bc%' AND "kind" = 'COMPANY'`);
    if (Number(rows[0].n) === BENCH_COMPANIES && !reseed) {
      console.log(`Using the seeded benchmark portal (${BENCH_COMPANIES.toLocaleString("en")} companies).`);
      // As the scheduler would have by now: the dashboards' deltas folded into their monthly
      // counts. A migration since the last run may have added indexes: fresh statistics and
      // visibility map.
      await client.query("SELECT dashboard_fold()");
      await client.query("VACUUM ANALYZE");
      return;
    }
    console.log("Seeding the benchmark portal…");
    await client.query(`TRUNCATE "Organization", "User", "Industry" CASCADE`);
    await syncIndustries(db);
    await seedBenchPortal(client, (line) => console.log(line));
  } finally {
    await client.end();
  }
}

async function time<T>(fn: () => Promise<T>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function main() {
  const { rounds, reseed } = parseArgs(process.argv.slice(2));
  const { url } = await benchDatabase(requireDatabaseUrl());
  // The portal's own pool size: the page runs its figures side by side on it.
  const db = createPrismaClient(url, 10);
  await ensureSeeded(url, db, reseed);

  const now = new Date();
  const period = defaultPeriod(now);
  const scopes: Record<string, DashboardScope> = {
    platform: { kind: "platform" },
    "chamber members": { kind: "members", institutionId: "bi1" },
    "chamber region": { kind: "region", institutionId: "bi1", ...(await regionOf(db, "bi1")) },
  };
  const queries: Record<string, (s: DashboardScope) => Promise<unknown>> = {
    companiesByPlace: (s: DashboardScope) => companiesByPlace(db, s, period),
    companiesByIndustry: (s: DashboardScope) => companiesByIndustry(db, s, period),
    growth: (s: DashboardScope) => growth(db, s, period),
    enquiriesByMonth: (s: DashboardScope) => enquiriesByMonth(db, s, period),
    enquiriesByIndustry: (s: DashboardScope) => enquiriesByIndustry(db, s, period),
    eventsByMonth: (s: DashboardScope) => eventsByMonth(db, s, period, now),
  };

  const results: Record<string, { dashboard: ReturnType<typeof percentiles>; queries: Record<string, ReturnType<typeof percentiles>> }> = {};
  for (const [name, scope] of Object.entries(scopes)) {
    for (let i = 0; i < WARMUP; i++) await dashboardFigures(db, scope, period, now);
    const whole: number[] = [];
    const single: Record<string, number[]> = Object.fromEntries(Object.keys(queries).map((q) => [q, []]));
    for (let r = 0; r < rounds; r++) {
      whole.push(await time(() => dashboardFigures(db, scope, period, now)));
      for (const [q, run] of Object.entries(queries)) single[q].push(await time(() => run(scope)));
    }
    results[name] = {
      dashboard: percentiles(whole),
      queries: Object.fromEntries(Object.entries(single).map(([q, times]) => [q, percentiles(times)])),
    };
  }
  await db.$disconnect();

  const load = os.loadavg().map((n) => round(n, 2));
  console.log(`\nDashboards over ${BENCH_COMPANIES.toLocaleString("en")} companies, ${period.from} – ${period.to}, ${rounds} rounds each`);
  console.log(`Load average (1, 5, 15 min): ${load.join(", ")} on ${os.cpus().length} cores\n`);
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(`${"".padEnd(42)}${pad("p50 ms", 9)}${pad("p95 ms", 9)}${pad("p99 ms", 9)}`);
  for (const [name, r] of Object.entries(results)) {
    const verdict = r.dashboard.p95Ms < TARGET_MS ? "under" : "OVER";
    console.log(`${`${name}: whole dashboard`.padEnd(42)}${pad(r.dashboard.p50Ms, 9)}${pad(r.dashboard.p95Ms, 9)}${pad(r.dashboard.p99Ms, 9)}  p95 ${verdict} ${TARGET_MS} ms`);
    for (const [q, p] of Object.entries(r.queries)) console.log(`${`  ${q}`.padEnd(42)}${pad(p.p50Ms, 9)}${pad(p.p95Ms, 9)}${pad(p.p99Ms, 9)}`);
  }

  const dir = path.resolve("bench-results");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `dashboards-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const report = { at: new Date().toISOString(), companies: BENCH_COMPANIES, period: { from: period.from, to: period.to }, rounds, targetMs: TARGET_MS, loadAverage: load, cores: os.cpus().length, results };
  await writeFile(file, JSON.stringify(report, null, 2) + "\n");
  console.log(`\nWritten to ${path.relative(process.cwd(), file)}`);
}

async function regionOf(db: Db, institutionId: string) {
  const i = await db.organization.findUniqueOrThrow({ where: { id: institutionId }, select: { country: true, regionId: true } });
  if (!i.regionId) throw new Error(`${institutionId} has no region`);
  return { country: i.country, regionId: i.regionId };
}

await main();
