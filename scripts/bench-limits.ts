// SPDX-License-Identifier: EUPL-1.2
/**
 * What the shared rate-limit store costs the public search API.
 *
 *   npm run bench:limits [-- --rounds 5 --concurrency 8]
 *
 * Sends the search benchmark's query mix through the API handler (lib/search/api.ts) on the
 * portal's database, each request twice: once counted by the PostgreSQL store every instance
 * shares, once by a store in this process's memory (what a single process had before). The two
 * alternate request by request, so both see the same caches and the same machine load. Then the
 * same with several clients at once, and the limit check on its own. Figures are printed and
 * written to bench-results/, never asserted.
 */
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../lib/db/prisma";
import { peerHeaders } from "../lib/http/client-address";
import { handleSearchRequest } from "../lib/search/api";
import { createSearchEngine } from "../lib/search/engine-factory";
import { closeRateLimitStore, createRequestLimiter, type RequestLimiter } from "../lib/security/rate-limit";
import { BENCH_QUERIES } from "./lib/bench-queries";
import { round } from "./lib/bench-report";
import { requireDatabaseUrl } from "./lib/env";

const TARGET_ADDED_P95_MS = 2;
const WARMUP = 20;
const CLIENTS = 200;

function parseArgs(argv: string[]) {
  const args = { rounds: 5, concurrency: 8 };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, "") as keyof typeof args;
    const value = Number(argv[i + 1]);
    if (!(name in args) || !Number.isInteger(value) || value < 1 || value > 1000) {
      console.error("usage: npm run bench:limits -- [--rounds N] [--concurrency N]   (whole numbers from 1 to 1000)");
      process.exit(1);
    }
    args[name] = value;
    i++;
  }
  return args;
}

function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  return { samples: sorted.length, p50Ms: round(at(50), 3), p95Ms: round(at(95), 3), p99Ms: round(at(99), 3) };
}

const url = requireDatabaseUrl();
const { rounds, concurrency } = parseArgs(process.argv.slice(2));
const db = createPrismaClient(url, 10);
const engine = createSearchEngine(db);
const run = `bench-${process.pid}`;
// A limit nobody reaches: the benchmark measures the counting, not refusals.
const stores: Record<"postgres" | "memory", RequestLimiter> = {
  postgres: createRequestLimiter({ limit: 1_000_000_000, windowSeconds: 60, keyPrefix: run, connectionString: url }),
  memory: createRequestLimiter({ limit: 1_000_000_000, windowSeconds: 60, keyPrefix: run, store: "memory" }),
};
const clientOf = (i: number) => `198.18.${Math.floor((i % CLIENTS) / 250)}.${(i % CLIENTS) % 250}`;

async function timedSearch(limiter: RequestLimiter, params: string, client: string): Promise<number> {
  const request = new Request(`http://localhost/api/v1/search?${params}`, { headers: peerHeaders(client) });
  const t0 = performance.now();
  const response = await handleSearchRequest(request, engine, { limiter });
  await response.arrayBuffer();
  const ms = performance.now() - t0;
  if (response.status !== 200) throw new Error(`search answered ${response.status} for ${params}`);
  return ms;
}

async function sequential() {
  const times = { postgres: [] as number[], memory: [] as number[] };
  let n = 0;
  for (let round_ = 0; round_ < rounds; round_++) {
    for (const q of BENCH_QUERIES) {
      // Alternate which store goes first, so neither always meets the warmer cache.
      const order = n % 2 ? (["memory", "postgres"] as const) : (["postgres", "memory"] as const);
      for (const store of order) {
        const ms = await timedSearch(stores[store], q.params, clientOf(n));
        if (n >= WARMUP) times[store].push(ms);
      }
      n++;
    }
  }
  return times;
}

async function parallel() {
  const times = { postgres: [] as number[], memory: [] as number[] };
  for (const store of ["postgres", "memory", "postgres", "memory"] as const) {
    let next = 0;
    const work = BENCH_QUERIES.map((q) => q.params);
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < work.length) {
          const i = next++;
          times[store].push(await timedSearch(stores[store], work[i], clientOf(i)));
        }
      }),
    );
  }
  return times;
}

async function limitOnly() {
  const times = { postgres: [] as number[], memory: [] as number[] };
  for (let i = 0; i < 2_000; i++) {
    for (const store of ["postgres", "memory"] as const) {
      const t0 = performance.now();
      await stores[store].take(clientOf(i));
      if (i >= WARMUP) times[store].push(performance.now() - t0);
    }
  }
  return times;
}

try {
  const companies = await db.organization.count({ where: { kind: "COMPANY" } });
  console.log(`Search API with the rate limit in PostgreSQL vs in memory: ${BENCH_QUERIES.length} queries × ${rounds} rounds, ${companies} companies in the database`);
  const seq = await sequential();
  const par = await parallel();
  const only = await limitOnly();

  const table = {
    "search, one client at a time": { postgres: percentiles(seq.postgres), memory: percentiles(seq.memory) },
    [`search, ${concurrency} clients at once`]: { postgres: percentiles(par.postgres), memory: percentiles(par.memory) },
    "limit check alone": { postgres: percentiles(only.postgres), memory: percentiles(only.memory) },
  };
  console.log("\n                                 store      p50 ms   p95 ms   p99 ms");
  for (const [name, row] of Object.entries(table)) {
    for (const store of ["memory", "postgres"] as const) {
      const r = row[store];
      console.log(`${name.padEnd(32)} ${store.padEnd(9)} ${String(r.p50Ms).padStart(8)} ${String(r.p95Ms).padStart(8)} ${String(r.p99Ms).padStart(8)}`);
    }
  }
  const added = {
    sequentialP95Ms: round(table["search, one client at a time"].postgres.p95Ms - table["search, one client at a time"].memory.p95Ms, 3),
    parallelP95Ms: round(
      table[`search, ${concurrency} clients at once`].postgres.p95Ms - table[`search, ${concurrency} clients at once`].memory.p95Ms,
      3,
    ),
  };
  const verdict = (ms: number) => (ms <= TARGET_ADDED_P95_MS ? "within" : "OVER");
  console.log(
    `\nadded to the search API's p95 by the shared store: ${added.sequentialP95Ms} ms one at a time (${verdict(added.sequentialP95Ms)} the ${TARGET_ADDED_P95_MS} ms target), ` +
      `${added.parallelP95Ms} ms with ${concurrency} clients (${verdict(added.parallelP95Ms)})`,
  );

  const outDir = path.resolve("bench-results");
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, `limits-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  await writeFile(
    file,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version },
        companies,
        queries: BENCH_QUERIES.length,
        rounds,
        concurrency,
        targetAddedP95Ms: TARGET_ADDED_P95_MS,
        added,
        results: table,
      },
      null,
      2,
    ),
  );
  console.log(`written to ${path.relative(process.cwd(), file)}`);
} finally {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("DELETE FROM rate_limit WHERE key LIKE $1", [`${run}:%`]);
  await client.end();
  await closeRateLimitStore();
  await db.$disconnect();
}
